import * as path from 'path';
import { buildReview, PlanInput } from '../review/review';
import { reviewJson } from '../review/review-json';
import {
  CommentTooSmallError,
  GITHUB_COMMENT_MAX_CHARS,
  MIN_COMMENT_CHARS,
  renderReviewMarkdown,
  REVIEW_HEADING,
} from '../review/review-markdown';
import { renderReviewText } from '../review/review-text';
import { readTerraformPlan } from '../review/terraform-plan';
import { CliIo, ExitCode } from '../process/cli-io';
import { appInputFiles, baseAndHeadArguments, readBaseAndHead } from './app-folders';
import { defineCommand, ParsedCommandLine } from './command-definition';
import { exclusiveOptions, wholeNumberOption } from './command-options';
import { checkOutputFile, OutputFileRules, writeAtomically } from './output-file';
import { readPreflightJson } from './report-command';

const COMMAND = 'review';

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'One pull-request comment: changes ranked by risk, the Terraform plan, preflight results';

const HELP = `Usage: cdktf-okta-ldap review [BASE_OUT] HEAD_OUT [options]

One pull-request comment that says what a change to the Okta LDAP integrations does and what is
dangerous in it: a summary (integrations changed, changes by risk), every change ranked high /
medium / low with a one-line reason, what each Terraform plan will do to the integrations' Okta
resources (create, update, replace with the attributes that force it, delete, drift), the preflight
results, and every integration's settings and mapping tables collapsed. The comment is always
written and stays within --max-chars: the summary with the counts per risk always fits, the
high-risk changes follow in rank order as far as they fit, lower sections are cut with "… and N
more", and a cut comment ends by saying how many high-risk changes it does not show and where the
uncut review is (--full-link). Every name, description, DN, filter and plan value is printed as
inline code with hidden characters shown as <U+XXXX>, so the reviewed app cannot add markup.
With HEAD_OUT alone (a first pull request, no base) the head is reviewed alone.

Arguments:
  BASE_OUT               Synthesized app folder of the base branch (cdktf synth --output BASE_OUT)
  HEAD_OUT               Synthesized app folder of the pull request

Options:
  --plan [STACK=]FILE    'terraform show -json' of a stack's plan; matched to the head stack whose
                         integrations record its resource addresses (name the stack with STACK=
                         when two stacks have the same addresses). Repeatable.
  --preflight-json FILE  A report written by 'cdktf-okta-ldap preflight --json'. Repeatable.
  --max-chars N          Longest comment in characters, at least ${MIN_COMMENT_CHARS}. Default: ${GITHUB_COMMENT_MAX_CHARS} (GitHub's limit)
  --full FILE            Also write the uncut review (Markdown) to FILE, e.g. "$GITHUB_STEP_SUMMARY":
                         a new or empty file, or one an earlier review wrote; never an input, a
                         symbolic link or another existing file (exit 2, nothing written)
  --full-link TEXT       Where a cut comment says the full review is (e.g. the workflow run's URL).
                         Default: the --full FILE name
  --text                 Plain text for a terminal (uncut) instead of Markdown
  --json                 The review as JSON for machines (uncut)
  -h, --help             This help

Exit codes: 0 review printed (however large the change), 2 usage or input error (missing or
malformed folder or file, a plan that is not Terraform plan JSON or is of another stack, --max-chars
below ${MIN_COMMENT_CHARS}), 4 internal error.
`;

const OPTIONS = {
  plan: { type: 'string', multiple: true },
  'preflight-json': { type: 'string', multiple: true },
  'max-chars': { type: 'string' },
  full: { type: 'string' },
  'full-link': { type: 'string' },
  text: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const ARGUMENTS = baseAndHeadArguments(COMMAND, true);

/** The uncut review `--full` names: never an input, never a file an earlier review did not write. */
const FULL_REVIEW_FILE: OutputFileRules = {
  option: '--full',
  command: COMMAND,
  written: 'the review',
  example: 'review.md',
  madeByUs: (start) => start.startsWith(REVIEW_HEADING),
};

/** `cdktf-okta-ldap review`: a thin shell over `buildReview` and its renderers. */
export const reviewCommand = defineCommand(
  { command: COMMAND, summary: SUMMARY, help: HELP, options: OPTIONS, positionals: ARGUMENTS },
  review,
);

async function review(
  { values, positionals }: ParsedCommandLine<typeof OPTIONS>,
  io: CliIo,
): Promise<number> {
  exclusiveOptions(COMMAND, values, ['text', 'json']);
  const maxChars = wholeNumberOption(COMMAND, '--max-chars', values['max-chars'], {
    min: 1,
    fallback: GITHUB_COMMENT_MAX_CHARS,
  });
  const markdown = values.json !== true && values.text !== true;
  // Refused options write nothing: every check comes before the first write.
  if (markdown && maxChars < MIN_COMMENT_CHARS) throw new CommentTooSmallError(maxChars);
  const apps = readBaseAndHead(positionals, io.cwd);
  const head = apps.head.stacks;
  const base = apps.base?.stacks;
  const stackNames = new Set(head.map((s) => s.stack));
  const planFiles: string[] = [];
  const plans = (values.plan ?? []).map((arg): PlanInput => {
    const eq = arg.indexOf('=');
    const named = eq > 0 && stackNames.has(arg.slice(0, eq));
    const file = named ? arg.slice(eq + 1) : arg;
    planFiles.push(path.resolve(io.cwd, file));
    const plan = readTerraformPlan(path.resolve(io.cwd, file), file);
    return named ? { plan, stack: arg.slice(0, eq) } : { plan };
  });
  const preflightFiles = (values['preflight-json'] ?? []).map((f) => path.resolve(io.cwd, f));
  const preflight = preflightFiles.map(readPreflightJson);
  const full = values.full !== undefined ? path.resolve(io.cwd, values.full) : undefined;
  if (full !== undefined) {
    checkOutputFile(full, values.full!, FULL_REVIEW_FILE, [
      ...(apps.base !== undefined ? appInputFiles(apps.base, 'base') : []),
      ...appInputFiles(apps.head, 'head'),
      ...planFiles.map((f) => [f, 'a --plan file'] as const),
      ...preflightFiles.map((f) => [f, 'a --preflight-json file'] as const),
    ]);
  }
  const review = buildReview(base, head, { plans, preflight });

  let out: string;
  if (values.json === true) out = `${JSON.stringify(reviewJson(review), null, 2)}\n`;
  else if (values.text === true) out = renderReviewText(review);
  else {
    const fullReviewAt = values['full-link'] ?? (values.full !== undefined ? values.full : undefined);
    out = renderReviewMarkdown(review, { maxChars, ...(fullReviewAt !== undefined ? { fullReviewAt } : {}) });
  }
  if (full !== undefined) {
    writeAtomically(full, values.full!, '--full', renderReviewMarkdown(review, { maxChars: Infinity }));
  }
  io.stdout.write(out);
  return ExitCode.OK;
}
