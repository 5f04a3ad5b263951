#!/usr/bin/env node
/** Entry point the PreflightGuard's provisioner runs (see guard-command.ts). */
import { processIo } from '../process/cli-io';
import { runGuardProcess } from './guard-runner';

void runGuardProcess(processIo()).then((code) => {
  process.exitCode = code;
});
