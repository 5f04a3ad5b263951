/**
 * A directory profile: what one vendor adds to the generic integration, all in the vendor's folder
 * (lib/presets/<vendor>/): the name its settings factory records in `settings.preset`, its own
 * validation rules and its advice for preflight findings.
 */
import type { LdapAgentSettings } from '../settings/ldap-directory-settings';
import type { ValidationRule } from '../validation-rule/validation-rule';

/** What a hint may look at in a preflight outcome: its status and evidence (not its wording). */
export interface HintedOutcome {
  /** `warn` or `fail` (a passing outcome gets no hint). */
  readonly status: 'pass' | 'warn' | 'fail';
  /**
   * The outcome's evidence, e.g. `faultClass`, `code`, `dn`, `count`.
   * @default - none
   */
  readonly evidence?: Record<string, unknown>;
}

/**
 * The evidence key PF-INCREMENTAL sets to `true` when its search was slow: the symptom of an
 * unindexed `modifyTimestamp`, on which profiles key their index advice.
 */
export const INDEX_SUSPECTED = 'modifyTimestampIndexSuspected';

/** The settings a hint may read (e.g. the agent host, to name the vendor's host for it). */
export interface HintSettings {
  /** The agent settings; `host` is the LDAP host the agent connects to. */
  readonly agent: Pick<LdapAgentSettings, 'host'>;
}

/**
 * Vendor advice added to the fix of a preflight finding: the check says what is wrong in neutral
 * terms, the hint says where the vendor keeps the setting. A hint keys on what the check found (its
 * status, `evidence.faultClass` and other evidence), never on the wording of its message.
 */
export interface PreflightHint {
  /**
   * The advice, one or more whole sentences, e.g. `JumpCloud serves LDAPS on ldap.jumpcloud.com:636.`,
   * or a function of the settings that returns it (advice that depends on, say, the region's host).
   */
  readonly text: string | ((settings: HintSettings) => string);
  /**
   * Only for outcomes whose `evidence.faultClass` is one of these.
   * @default - any fault class, or none
   */
  readonly faultClasses?: readonly string[];
  /**
   * Only for outcomes of this status.
   * @default - warn and fail alike
   */
  readonly status?: 'warn' | 'fail';
  /**
   * Only for outcomes this function accepts (after `faultClasses` and `status`), given the settings.
   * @default - every outcome
   */
  readonly when?: (outcome: HintedOutcome, settings: HintSettings) => boolean;
}

/** One vendor's profile: its preset name, its rules and its preflight hints. */
export interface DirectoryProfile {
  /** The `settings.preset` its settings factory records, e.g. `jumpcloud`. */
  readonly presetName: string;
  /** The vendor's name as users know it, e.g. `JumpCloud`: RULES.md lists its rules under "<name> profile". */
  readonly vendorName: string;
  /**
   * The vendor's own validation rules, run next to the generic ones (each rule checks itself whether
   * the settings are the vendor's). Listed under the vendor's heading in RULES.md.
   */
  readonly rules: readonly ValidationRule[];
  /** Hints by preflight check id (e.g. `PF-BIND`), in the order they are added. */
  readonly hints: Readonly<Record<string, readonly PreflightHint[]>>;
}
