#!/usr/bin/env node
// The `cdktf-okta-ldap` command. A build also makes the whole CLI one file (dist/bundle/cli.js, see
// scripts/build-bundles.mjs), and this runs it when it is there: Node then reads one file at
// start-up instead of some fifty modules and ldapts, and V8's code cache (bin/bundle-loader.ts)
// spares most of its compiling from the second run of a command on. Without it (a checkout run with
// tsx), the modules are loaded as they are; both run lib/cli/cli-entry.ts.
import { existsSync } from 'fs';
import { join } from 'path';
import { runBundle } from './bundle-loader';

const bundle = join(__dirname, '..', 'bundle', 'cli.js');
if (existsSync(bundle)) runBundle(bundle, process.argv.slice(2));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- which file runs is decided at start-up
else require('../lib/cli/cli-entry');
