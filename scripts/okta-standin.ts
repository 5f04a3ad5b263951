// `npm run -s okta-standin -- [--seed FILE]`: the Okta API stand-in for local runs of the okta
// provider (test/support/okta-standin/standin-cli.ts; docs/okta-standin.md).
import { runStandinCli } from '../test/support/okta-standin/standin-cli';

const stopSignal = new Promise<string>((resolve) => {
  process.once('SIGINT', () => resolve('SIGINT'));
  process.once('SIGTERM', () => resolve('SIGTERM'));
});

runStandinCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stopSignal,
}).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`okta-standin: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
