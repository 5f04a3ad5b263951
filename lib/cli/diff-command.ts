import { diffApps } from '../review/app-diff';
import { DIFF_JSON_SCHEMA, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../review/diff-render';
import { exitCodeFor } from '../process/exit-codes';
import { baseAndHeadArguments, readBaseAndHead } from './app-folders';
import { defineCommand } from './command-definition';
import { exclusiveOptions } from './command-options';

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'Semantic diff of the integrations in two synthesized apps';

const HELP = `Usage: cdktf-okta-ldap diff BASE_OUT HEAD_OUT [--markdown | --json]

Semantic diff of the Okta LDAP integrations in two synthesized apps (e.g. the cdktf.out of the
base branch and of the pull request): settings changed (old → new), user/group/role mappings and
the password policy added, removed or changed, Okta resources and validation warnings added or
removed, integrations added or removed. Items are matched by key, so a change of order alone is
not a difference. The okta resources and data sources of each stack's cdk.tf.json are compared
too: one added, removed or changed that the manifest diff does not explain is a difference (under
"(no integration)" when no manifest accounts for it). The findings the review makes about each
head stack beyond its manifests are listed too, with their risk rule: files and blocks Terraform
loads that cannot be read (HCL, modules, unknown blocks, override files, provider binaries),
import, moved and removed blocks the integrations did not write, guards that do not match their
manifest, side effects, resources of other providers, changed provider or terraform settings
(docs/review.md).

Arguments:
  BASE_OUT     Synthesized app folder of the base (run 'cdktf synth --output BASE_OUT')
  HEAD_OUT     Synthesized app folder of the head

Options:
  --markdown   Markdown for a pull-request comment instead of plain text
  --json       The diff as JSON (schema ${DIFF_JSON_SCHEMA}) instead of plain text
  -h, --help   This help

Exit codes: 0 no differences, 3 differences (or a finding about a head stack), 2 usage or input
error (missing or malformed folder), 4 internal error (a bug in cdktf-okta-ldap: please report it).
`;

const COMMAND = 'diff';

const ARGUMENTS = baseAndHeadArguments(COMMAND, false);

const OPTIONS = { markdown: { type: 'boolean' }, json: { type: 'boolean' } } as const;

/** `cdktf-okta-ldap diff`: a thin shell over `diffApps` and its renderers. */
export const diffCommand = defineCommand(
  { command: COMMAND, summary: SUMMARY, help: HELP, options: OPTIONS, positionals: ARGUMENTS },
  async ({ values, positionals }, io) => {
    exclusiveOptions(COMMAND, values, ['markdown', 'json']);
    const { base, head } = readBaseAndHead(positionals, io.cwd);
    const diff = diffApps(base!.stacks, head.stacks);
    const render =
      values.json === true ? renderDiffJson : values.markdown === true ? renderDiffMarkdown : renderDiffText;
    io.stdout.write(render(diff));
    return exitCodeFor({ differs: !diff.equal });
  },
);
