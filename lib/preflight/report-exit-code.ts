import { ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import type { PreflightReport } from './finding';

/**
 * The exit code of a preflight report: 0 no check failed; 2 when no bind password was given
 * (PF-PASSWORD failed: an input the user gives, like a settings file, so a usage or input error as
 * the README's exit-code table says; the report still shows the fix); 1 when another check failed.
 */
export function preflightExitCode(report: PreflightReport): ExitCode {
  const noPassword = report.findings.some((f) => f.id === 'PF-PASSWORD' && f.status === 'fail');
  return noPassword ? ExitCode.USAGE : exitCodeFor({ passed: report.ok });
}
