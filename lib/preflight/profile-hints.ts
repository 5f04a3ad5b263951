/**
 * The one place where a directory profile's advice joins the preflight: the checks speak neutrally,
 * and when the settings name a preset, the outcomes of each check get that profile's hints for the
 * check, appended to their fix.
 */
import type { HintSettings, PreflightHint } from '../presets/directory-profile';
import { directoryProfileFor } from '../presets/directory-profiles';
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import type { CheckOutcome, PreflightCheck } from './check';

/** Whether a hint speaks to this outcome (never to a passing one), for these settings. */
export function hintApplies(hint: PreflightHint, outcome: CheckOutcome, settings: HintSettings): boolean {
  if (outcome.status === 'pass') return false;
  if (hint.status !== undefined && hint.status !== outcome.status) return false;
  if (hint.faultClasses !== undefined && !hint.faultClasses.includes(String(outcome.evidence?.faultClass)))
    return false;
  return hint.when === undefined || hint.when(outcome, settings);
}

/**
 * The outcome with the hints of the settings' directory profile for check `checkId` appended to its
 * fix (the hints alone when it had none). Unchanged for custom settings (no preset), a passing
 * outcome, or when no hint applies. Pure.
 */
export function withProfileHints(
  checkId: string,
  outcome: CheckOutcome,
  settings: Pick<ResolvedLdapDirectorySettings, 'preset'> & HintSettings,
): CheckOutcome {
  const hints = directoryProfileFor(settings)?.hints[checkId] ?? [];
  const texts = hints
    .filter((hint) => hintApplies(hint, outcome, settings))
    .map((hint) => (typeof hint.text === 'string' ? hint.text : hint.text(settings)));
  if (texts.length === 0) return outcome;
  return { ...outcome, fix: [outcome.fix, ...texts].filter((t) => t !== undefined && t !== '').join(' ') };
}

/** The check, with the hints of the settings' directory profile added to each of its outcomes. */
export function hintedCheck(check: PreflightCheck): PreflightCheck {
  return {
    ...check,
    run: async (context) => {
      const result = await check.run(context);
      return Array.isArray(result)
        ? result.map((outcome) => withProfileHints(check.id, outcome, context.settings))
        : withProfileHints(check.id, result, context.settings);
    },
  };
}
