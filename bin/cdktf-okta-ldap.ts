#!/usr/bin/env node
import { processIo } from '../lib/shared/cli-io';
import { main } from '../lib/cli/main';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cdktf-okta-ldap: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
