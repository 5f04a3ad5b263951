import type { AgentHostReport } from './run-agent-host';
import { orderFinding } from '../preflight/render/json';
import { code } from '../text/markdown';
import { renderFindingsMarkdown } from '../preflight/render/markdown';
import { renderFindingsText, TextRenderOptions } from '../preflight/render/text';

function subject(report: AgentHostReport): string {
  return `${report.host.platform}/${report.host.arch} → LDAP ${report.ldapTarget}, Okta ${report.oktaOrgUrl ?? '(no org URL)'}`;
}

/** The agent-host report as text: a heading, one line per finding with its fix, a summary. */
export function renderAgentHostText(report: AgentHostReport, options: TextRenderOptions = {}): string {
  return renderFindingsText(`Okta LDAP agent host: ${subject(report)}`, report, options);
}

/** The agent-host report as Markdown. */
export function renderAgentHostMarkdown(report: AgentHostReport): string {
  return renderFindingsMarkdown('Okta LDAP agent host', code(subject(report)), report);
}

/** The agent-host report as JSON (schema `cdktf-okta-ldap/agent-host@1`), keys in a stable order. */
export function renderAgentHostJson(report: AgentHostReport): string {
  const ordered = {
    schema: report.schema,
    host: { platform: report.host.platform, arch: report.host.arch },
    ldapTarget: report.ldapTarget,
    ...(report.oktaOrgUrl !== undefined ? { oktaOrgUrl: report.oktaOrgUrl } : {}),
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    ok: report.ok,
    summary: { ...report.summary },
    findings: report.findings.map(orderFinding),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
