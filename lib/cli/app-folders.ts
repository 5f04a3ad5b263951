/**
 * The synthesized app folders a command reads (`--out` of `adopt`, BASE_OUT and HEAD_OUT of `diff`
 * and `review`), and the files of each that an output file must never replace.
 */
import * as path from 'path';
import type { StackManifest } from '../manifest/integration-manifest';
import { readSynthesizedApp } from '../manifest/read-synthesized-app';
import type { PositionalsSpec } from './command-options';
import type { InputFiles } from './output-file';

/** A synthesized app folder and the stacks read from it. */
export interface AppFolder {
  /** Absolute path of the folder. */
  readonly dir: string;
  readonly stacks: StackManifest[];
}

/** Reads the synthesized app in `dir` (absolute); `InputError` when it is missing or malformed. */
export function readAppFolder(dir: string): AppFolder {
  return { dir, stacks: readSynthesizedApp(dir) };
}

/**
 * The files of an app that a command reads, each with what it is for an error: its `manifest.json`
 * (`the <side> app's manifest.json`) and each stack's `cdk.tf.json` (`the <side> stack <name>`).
 */
export function appInputFiles(app: AppFolder, side: string): InputFiles {
  return [
    [path.join(app.dir, 'manifest.json'), `the ${side} app's manifest.json`],
    ...app.stacks.map(
      (s) => [path.join(app.dir, s.workingDirectory, 'cdk.tf.json'), `the ${side} stack ${s.stack}`] as const,
    ),
  ];
}

/** The app folders of a pull request: the head, and the base unless it is the first one. */
export interface BaseAndHead {
  /** @default - none: the head is reviewed alone */
  readonly base?: AppFolder;
  readonly head: AppFolder;
}

/**
 * The positional arguments BASE_OUT and HEAD_OUT, for `command`; with `baseOptional`, HEAD_OUT
 * alone is accepted too.
 */
export function baseAndHeadArguments(command: string, baseOptional: boolean): PositionalsSpec {
  return {
    min: baseOptional ? 1 : 2,
    max: 2,
    what: baseOptional
      ? 'HEAD_OUT, or BASE_OUT and HEAD_OUT'
      : 'two synthesized app folders, BASE_OUT and HEAD_OUT',
    example: `cdktf-okta-ldap ${command} base.out cdktf.out`,
  };
}

/** Reads the apps the arguments name, in their order (BASE_OUT first), relative to `cwd`. */
export function readBaseAndHead(positionals: readonly string[], cwd: string): BaseAndHead {
  const apps = positionals.map((p) => readAppFolder(path.resolve(cwd, p)));
  const head = apps[apps.length - 1]!;
  return apps.length === 2 ? { base: apps[0]!, head } : { head };
}
