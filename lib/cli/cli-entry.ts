// Runs the `cdktf-okta-ldap` command with this process's arguments and streams, and sets the exit
// code. Loading this module runs it: it is what the bin loads, and the entry of the CLI bundle
// (dist/bundle/cli.js, scripts/build-bundles.mjs).
import { processIo } from '../process/cli-io';
import { main } from './main';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cdktf-okta-ldap: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
