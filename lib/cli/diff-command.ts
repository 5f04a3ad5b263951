import * as path from 'path';
import { readSynthesizedApp } from '../manifest/read-synthesized-app';
import { diffApps } from '../review/app-diff';
import { renderDiffMarkdown, renderDiffText } from '../review/diff-render';
import { CliIo, ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { parseCommandLine } from './command-options';

const HELP = `Usage: cdktf-okta-ldap diff BASE_OUT HEAD_OUT [--markdown]

Semantic diff of the Okta LDAP integrations in two synthesized apps (e.g. the cdktf.out of the
base branch and of the pull request): settings changed (old → new), user/group/role mappings and
the password policy added, removed or changed, Okta resources and validation warnings added or
removed, integrations added or removed. Items are matched by key, so a change of order alone is
not a difference. The okta resources and data sources of each stack's cdk.tf.json are compared
too: one added, removed or changed that the manifest diff does not explain is a difference (under
"(no integration)" when no manifest accounts for it).

Arguments:
  BASE_OUT     Synthesized app folder of the base (run 'cdktf synth --output BASE_OUT')
  HEAD_OUT     Synthesized app folder of the head

Options:
  --markdown   Markdown for a pull-request comment instead of plain text
  -h, --help   This help

Exit codes: 0 no differences, 3 differences, 2 usage or input error (missing or malformed folder),
4 internal error (a bug in cdktf-okta-ldap: please report it).
`;

/** `cdktf-okta-ldap diff`: a thin shell over `diffApps` and its renderers. */
export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(
    {
      command: 'diff',
      options: { markdown: { type: 'boolean' } },
      positionals: {
        min: 2,
        max: 2,
        what: 'two synthesized app folders, BASE_OUT and HEAD_OUT',
        example: 'cdktf-okta-ldap diff base.out cdktf.out',
      },
    },
    argv,
  );
  if (line.help) {
    io.stdout.write(HELP);
    return ExitCode.OK;
  }
  const { values, positionals } = line;
  const [baseDir, headDir] = positionals.map((p) => path.resolve(io.cwd, p)) as [string, string];
  const diff = diffApps(readSynthesizedApp(baseDir), readSynthesizedApp(headDir));
  io.stdout.write(values.markdown === true ? renderDiffMarkdown(diff) : renderDiffText(diff));
  return exitCodeFor({ differs: !diff.equal });
}
