import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import type { PreflightReport } from '../preflight/finding';
import { effectiveGroupRuleName } from '../mappings/group-rule-name';
import { consoleSettings } from './console-settings';
import { roleScope } from './role-scope';
import { code, markdownTable } from '../text/markdown';
import { COMMENT_VALUE_MAX } from './value-limits';
import { preflightMatches, preflightSection } from './preflight-section';
import { compareNames } from '../text/compare-names';

/** A value as inline code, cut to `COMMENT_VALUE_MAX` characters (`…(+N characters)`). */
function clipped(value: string): string {
  return code(value, { max: COMMENT_VALUE_MAX });
}
const quote = clipped;

/** Options of `renderReport`. */
export interface ReportOptions {
  /**
   * Preflight reports (`preflight --json`) to show under the integration they were run against
   * (matched by host, port and bind DN).
   * @default - no preflight section
   */
  readonly preflight?: readonly PreflightReport[];
}

/**
 * The pull-request review of a synthesized app, as Markdown (readable in a terminal too): per
 * integration, the settings an admin enters by hand, the mappings, the Okta resources that will
 * exist, validation warnings and, when given, preflight results. Holds no secret.
 */
export function renderReport(stacks: readonly StackManifest[], options: ReportOptions = {}): string {
  const integrations = stacks.flatMap((s) => s.integrations.map((i) => ({ stack: s.stack, integration: i })));
  const preflight = options.preflight ?? [];
  const used = new Set<PreflightReport>();
  const lines: string[] = ['# Okta LDAP integration review', ''];
  if (integrations.length === 0) {
    lines.push('No `OktaLdapIntegration` in this synthesized app.', '');
  } else {
    lines.push(
      `${integrations.length} integration(s) in ${new Set(integrations.map((i) => i.stack)).size} stack(s). ` +
        'Okta has no API for the LDAP integration settings: an admin enters the values below by hand in the ' +
        'LDAP agent installer and the Okta Admin Console. Terraform deploys only the Okta resources listed.',
      '',
    );
  }
  for (const { stack, integration } of integrations) {
    const reports = preflight.filter((r) => preflightMatches(r, integration));
    reports.forEach((r) => used.add(r));
    lines.push(...integrationSection(stack, integration, reports));
  }
  const unmatched = preflight.filter((r) => !used.has(r));
  if (unmatched.length > 0) {
    lines.push('## Preflight results not matched to an integration', '');
    for (const r of unmatched) lines.push(...preflightSection(r), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function integrationSection(
  stack: string,
  m: IntegrationManifest,
  preflight: readonly PreflightReport[],
): string[] {
  const lines: string[] = [`## ${quote(stack)} / ${quote(m.id)}`, ''];
  lines.push(`- Construct path: ${quote(m.path)}`);
  lines.push(`- Okta LDAP directory app: ${quote(m.ldapAppId)}`);
  if (m.settings.preset !== undefined) lines.push(`- Preset: ${quote(m.settings.preset)}`);
  lines.push(
    `- Bind password: sensitive Terraform variable ${quote(m.bindPasswordVariable)} (never shown)`,
    '',
  );

  for (const t of reportTables(m)) lines.push(...tableSection(t.title, t.headers, t.rows));

  lines.push(`### Validation warnings (${m.warnings.length})`, '');
  if (m.warnings.length === 0) lines.push('_None._');
  for (const w of m.warnings) lines.push(`- ${quote(w.ruleId)} ${quote(w.path)}: ${quote(w.message)}`);
  lines.push('');
  const suppressed = m.suppressedWarnings ?? [];
  if (suppressed.length > 0) {
    lines.push(`### Suppressed warnings (${suppressed.length})`, '');
    for (const w of suppressed) {
      lines.push(
        `- ${quote(w.ruleId)} ${quote(w.path)}: ${quote(w.message)} **Suppressed:** ${quote(w.reason)}`,
      );
    }
    lines.push('');
  }

  if (preflight.length > 0) {
    lines.push('### Preflight against the live directory', '');
    for (const r of preflight) lines.push(...preflightSection(r), '');
  }
  return lines;
}

/** One table of the report: a title and its rows. */
export interface ReportTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The tables of one integration in the report, in order: settings to enter by hand, user, group
 * and role mappings, the LDAP password policy and the Okta resources. Cells are Markdown; `quote`
 * writes every value (a code span; a budgeted comment clips long ones).
 */
export function reportTables(
  m: IntegrationManifest,
  quote: (value: string) => string = clipped,
): ReportTable[] {
  return [
    {
      title: 'Settings to enter by hand',
      headers: ['Where', 'Section', 'Setting', 'Value'],
      rows: consoleSettings(m.settings).map((s) => [
        s.screen,
        s.section,
        s.label,
        s.value === '' ? '_(leave empty)_' : quote(s.value),
      ]),
    },
    {
      title: 'User profile mappings (LDAP app user → Okta user)',
      headers: ['Okta attribute', 'Expression'],
      rows: Object.entries(m.userMappings)
        .sort(([a], [b]) => compareNames(a, b))
        .map(([attribute, expression]) => [quote(attribute), quote(expression)]),
    },
    {
      title: 'Group mappings (LDAP group → Okta group, by group rule)',
      headers: ['LDAP group', 'Okta group', 'Group rule', 'Description'],
      rows: m.groupMappings.map((g) => [
        quote(g.ldapGroup),
        quote(g.oktaGroup),
        quote(effectiveGroupRuleName(g)),
        quote(g.description ?? ''),
      ]),
    },
    {
      title: 'Role mappings (LDAP group → Okta admin role)',
      headers: ['LDAP group', 'Okta admin role', 'Limited to', 'Notifications'],
      rows: m.roleMappings.map((r) => [
        quote(r.ldapGroup),
        quote(r.role),
        roleScope(r, quote) ?? '_(all)_',
        r.disableNotifications === true ? 'off' : 'on',
      ]),
    },
    {
      title: 'LDAP password policy',
      headers: ['Name', 'Applies to groups', 'Priority', 'Description'],
      rows: [m.passwordPolicy].flatMap((p) =>
        p === undefined
          ? []
          : [
              [
                quote(p.name),
                p.groups === undefined
                  ? '_(every mapped Okta group)_'
                  : p.groups.map((g) => quote(g)).join(', '),
                p.priority === undefined ? '_(last)_' : String(p.priority),
                quote(p.description ?? ''),
              ],
            ],
      ),
    },
    {
      title: `Okta resources that will exist (${m.resources.length}${adoptedCount(m)})`,
      headers: ['Type', 'Address', 'Purpose'],
      rows: m.resources.map((r) => [
        quote(r.type),
        quote(r.address),
        r.importId !== undefined
          ? `${quote(r.purpose)}; **adopted (no change in Okta)**: imports ${quote(r.importId)}`
          : quote(r.purpose),
      ]),
    },
  ];
}

/** A `###` section holding one table, or `_None._` when there is no row. */
function tableSection(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  return [`### ${title}`, '', rows.length === 0 ? '_None._' : markdownTable(headers, rows), ''];
}

/** `; 3 adopted by import` when the integration adopts existing Okta objects, else nothing. */
function adoptedCount(m: IntegrationManifest): string {
  const adopted = m.resources.filter((r) => r.importId !== undefined).length;
  return adopted === 0 ? '' : `; ${adopted} adopted by import`;
}
