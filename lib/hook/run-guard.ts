#!/usr/bin/env node
/** Entry point the PreflightGuard's provisioner runs (see guard-command.ts). */
import { processIo } from '../shared/cli-io';
import { runGuard } from './guard-runner';

runGuard(processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cdktf-okta-ldap preflight guard: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
