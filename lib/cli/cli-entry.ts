// Runs the `cdktf-okta-ldap` command with this process's arguments and streams, and sets the exit
// code. Loading this module runs it: it is what the bin loads, and the entry of the CLI bundle
// (dist/bundle/cli.js, scripts/build-bundles.mjs). What `main` throws instead of returning a code
// exits as `exitCodeFor` says: 2 for an input error of this package, 4 for anything else.
import { processIo } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { main } from './main';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cdktf-okta-ldap: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = exitCodeFor({ error: e });
  },
);
