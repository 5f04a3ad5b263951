import { ADOPTION_STATUSES, AdoptionDiscovery, AdoptionFinding, AdoptionStatus } from './discover-adoption';
import { countByStatus } from '../process/status-counts';
import { showHidden } from '../text/untrusted-text';

/** Schema tag of `adopt --json`. */
export const ADOPT_REPORT_SCHEMA = 'cdktf-okta-ldap/adopt@1';

/** Where the discovery ran, for the report. */
export interface AdoptionContext {
  readonly stack: string;
  readonly integration: string;
  readonly orgUrl: string;
  /** The adoption file written, if any. */
  readonly written?: string;
}

/** Counts per status (`adopt`, `create`, `conflict`, in that order): the report's `summary`. */
export function adoptionSummary(findings: readonly AdoptionFinding[]): Record<AdoptionStatus, number> {
  return countByStatus(findings, ADOPTION_STATUSES);
}

/** `adopt --json`: the findings, their summary and the adoption file content. */
export function renderAdoptionJson(discovery: AdoptionDiscovery, context: AdoptionContext): string {
  return (
    JSON.stringify(
      {
        schema: ADOPT_REPORT_SCHEMA,
        ...context,
        summary: adoptionSummary(discovery.findings),
        findings: discovery.findings,
        adoption: discovery.adoption,
      },
      null,
      2,
    ) + '\n'
  );
}

/**
 * The text table: one line per resource (status, type, name, id), then its detail and fix indented.
 * Names and texts from the app and from Okta are shown with `showHidden` (one line each, nothing
 * hidden), so the table keeps its columns.
 */
export function renderAdoptionText(discovery: AdoptionDiscovery, context: AdoptionContext): string {
  const rows = discovery.findings.map((f) => [f.status, f.resource, f.name, f.id ?? '-'].map(showHidden));
  const header = ['status', 'resource', 'name', 'Okta id'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const out = [
    `Okta objects of integration ${showHidden(context.integration)} (stack ${showHidden(context.stack)}) in ${showHidden(context.orgUrl)} (read-only):`,
    '',
    line(header),
  ];
  discovery.findings.forEach((f, i) => {
    out.push(line(rows[i]!));
    out.push(`    ${showHidden(f.mapping)}: ${showHidden(f.detail)}`);
    if (f.fix !== undefined) out.push(`    fix: ${showHidden(f.fix)}`);
  });
  const s = adoptionSummary(discovery.findings);
  out.push('', `${s.adopt} to adopt, ${s.create} to create, ${s.conflict} conflict(s).`);
  if (context.written !== undefined) {
    out.push(
      `Wrote ${context.written}: set adoptionFile: '${context.written}' on the integration, synthesize and read the plan (adopted resources show "will be imported"). After the first deploy the file can be deleted.`,
    );
  } else if (s.adopt > 0) {
    out.push('Write the adoption file with --write FILE.');
  }
  if (s.conflict > 0)
    out.push('Resolve the conflicts (each says what differs and what to do) and run adopt again.');
  return out.join('\n') + '\n';
}
