#!/usr/bin/env node
// The `cdktf-okta-ldap` command. A build also makes the whole CLI one file (dist/bundle/cli.js, see
// scripts/build-bundles.mjs), and this loads it when it is there: Node then reads and compiles one
// file at start-up instead of some fifty modules. Without it (a checkout run with tsx), the modules
// are loaded as they are; both run lib/cli/cli-entry.ts.
import { existsSync } from 'fs';
import { join } from 'path';

const bundle = join(__dirname, '..', 'bundle', 'cli.js');
/* eslint-disable @typescript-eslint/no-require-imports -- which file runs is decided at start-up */
if (existsSync(bundle)) require(bundle);
else require('../lib/cli/cli-entry');
/* eslint-enable @typescript-eslint/no-require-imports */
