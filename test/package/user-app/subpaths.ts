// Type-checks the subpath entries under each module resolution (node10, node16, bundler).
import {
  PREFLIGHT_REPORT_SCHEMA,
  PreflightReport,
  renderText,
  runPreflight,
} from 'cdktf-okta-ldap/preflight';
import { diffApps, readSynthesizedApp, renderReport, StackManifest } from 'cdktf-okta-ldap/review';

export async function check(outdir: string, password: string): Promise<string> {
  const stacks: StackManifest[] = readSynthesizedApp(outdir);
  const integration = stacks[0]!.integrations[0]!;
  const report: PreflightReport = await runPreflight(integration, { bindPassword: password });
  const schema: 'cdktf-okta-ldap/preflight@1' = PREFLIGHT_REPORT_SCHEMA;
  return [
    schema,
    renderText(report),
    renderReport(stacks),
    String(diffApps(stacks, stacks).integrations.length),
  ].join('\n');
}
