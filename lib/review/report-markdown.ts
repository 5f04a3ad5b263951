import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import type { PreflightReport } from '../preflight/finding';
import { effectiveGroupRuleName } from '../mappings/group-rule-name';
import { consoleSettings } from './console-settings';
import { code, markdownTable } from '../shared/markdown';
import { preflightMatches, preflightSection } from './preflight-section';

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
  const lines: string[] = [`## ${code(stack)} / ${code(m.id)}`, ''];
  lines.push(`- Construct path: ${code(m.path)}`);
  lines.push(`- Okta LDAP directory app: ${code(m.ldapAppId)}`);
  if (m.settings.preset !== undefined) lines.push(`- Preset: ${code(m.settings.preset)}`);
  lines.push(
    `- Bind password: sensitive Terraform variable ${code(m.bindPasswordVariable)} (never shown)`,
    '',
  );

  lines.push(
    ...tableSection(
      'Settings to enter by hand',
      ['Where', 'Section', 'Setting', 'Value'],
      consoleSettings(m.settings).map((s) => [
        s.screen,
        s.section,
        s.label,
        s.value === '' ? '_(leave empty)_' : s.literal ? code(s.value) : s.value,
      ]),
    ),
    ...tableSection(
      'User profile mappings (LDAP app user → Okta user)',
      ['Okta attribute', 'Expression'],
      Object.entries(m.userMappings)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([attribute, expression]) => [code(attribute), code(expression)]),
    ),
    ...tableSection(
      'Group mappings (LDAP group → Okta group, by group rule)',
      ['LDAP group', 'Okta group', 'Group rule', 'Description'],
      m.groupMappings.map((g) => [
        code(g.ldapGroup),
        code(g.oktaGroup),
        code(effectiveGroupRuleName(g)),
        g.description ?? '',
      ]),
    ),
    ...tableSection(
      'Role mappings (LDAP group → Okta admin role)',
      ['LDAP group', 'Okta admin role', 'Limited to', 'Notifications'],
      m.roleMappings.map((r) => [
        code(r.ldapGroup),
        code(r.role),
        roleTargets(r.targetGroupIds, r.targetApps),
        r.disableNotifications === true ? 'off' : 'on',
      ]),
    ),
    ...tableSection(
      'LDAP password policy',
      ['Name', 'Applies to groups', 'Priority', 'Description'],
      [m.passwordPolicy].flatMap((p) =>
        p === undefined
          ? []
          : [
              [
                code(p.name),
                p.groups === undefined ? '_(every mapped Okta group)_' : p.groups.map(code).join(', '),
                p.priority === undefined ? '_(last)_' : String(p.priority),
                p.description ?? '',
              ],
            ],
      ),
    ),
    ...tableSection(
      `Okta resources that will exist (${m.resources.length})`,
      ['Type', 'Address', 'Purpose'],
      m.resources.map((r) => [code(r.type), code(r.address), r.purpose]),
    ),
  );

  lines.push(`### Validation warnings (${m.warnings.length})`, '');
  if (m.warnings.length === 0) lines.push('_None._');
  for (const w of m.warnings) lines.push(`- ${code(w.ruleId)} ${code(w.path)}: ${w.message}`);
  lines.push('');

  if (preflight.length > 0) {
    lines.push('### Preflight against the live directory', '');
    for (const r of preflight) lines.push(...preflightSection(r), '');
  }
  return lines;
}

/** A `###` section holding one table, or `_None._` when there is no row. */
function tableSection(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  return [`### ${title}`, '', rows.length === 0 ? '_None._' : markdownTable(headers, rows), ''];
}

function roleTargets(groups: readonly string[] | undefined, apps: readonly string[] | undefined): string {
  const parts = [
    ...(groups ?? []).map((g) => `group ${code(g)}`),
    ...(apps ?? []).map((a) => `app ${code(a)}`),
  ];
  return parts.length === 0 ? '_(all)_' : parts.join(', ');
}
