/**
 * Small helpers shared by the validation rules (not a rule itself, and not public API).
 */
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import { isRdnSequenceWithin, type Rdn, tryParseDn } from '../ldap-names/dn';
import { effectiveGroupRuleName } from '../mappings/group-rule-name';
import type { LdapGroupMapping } from '../mappings/mapping-types';
import { isUnresolved } from '../terraform/cdktf-token';
import { showHidden } from '../text/untrusted-text';
import type { ValidationRule, Violation } from './validation-rule';

/** A string rules can check: defined, and not a token. */
export function isCheckableString(value: unknown): value is string {
  return typeof value === 'string' && !isUnresolved(value);
}

/** Builds a violation of `rule` with the rule's id and severity. */
export function violation(
  rule: Pick<ValidationRule, 'id' | 'severity'>,
  path: string,
  value: unknown,
  message: string,
  fix: string,
): Violation {
  return { ruleId: rule.id, severity: rule.severity, path, value, message, fix };
}

/**
 * `'x'` with JSON escaping, for quoting a received value inside a message; hidden characters that
 * JSON leaves as they are (bidi controls, zero-width characters, …) are shown as `<U+202E>`.
 */
export function q(value: unknown): string {
  return typeof value === 'string'
    ? `'${showHidden(JSON.stringify(value).slice(1, -1))}'`
    : JSON.stringify(value);
}

/**
 * Path of one user mapping: `userMappings.email`, or `userMappings["first-name"]` for other keys
 * (hidden characters of the key shown as `<U+200B>`).
 */
export function userMappingPath(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
    ? `userMappings.${key}`
    : `userMappings[${showHidden(JSON.stringify(key))}]`;
}

/** One settings field and its path as the user wrote it (`directory.agent.host`). */
export interface SettingValue {
  readonly path: string;
  readonly value: unknown;
}

type SettingsSections = Omit<ResolvedLdapDirectorySettings, 'preset'>;

/** Where a settings field sits: `section.key`, e.g. `agent.host`. */
export type SettingPath = {
  [S in keyof SettingsSections]: `${S}.${keyof SettingsSections[S] & string}`;
}[keyof SettingsSections];

/** The settings fields at `paths`, in that order, each with its path as the user wrote it. */
export function settingValues(
  settings: ResolvedLdapDirectorySettings,
  paths: readonly SettingPath[],
): SettingValue[] {
  return paths.map((at) => {
    const [section, key] = at.split('.') as [keyof SettingsSections, string];
    return { path: `directory.${at}`, value: (settings[section] as Record<string, unknown>)[key] };
  });
}

/** The four DN fields of the settings, root DN first. */
export function dnFields(settings: ResolvedLdapDirectorySettings): SettingValue[] {
  return settingValues(settings, ['agent.rootDn', 'agent.bindDn', 'user.searchBase', 'group.searchBase']);
}

/**
 * The RDNs of a DN a rule can compare: a string, not a token, valid and not empty; `undefined`
 * otherwise (OKLDAP-101 and OKLDAP-113 report invalid and empty DNs).
 */
export function comparableDn(value: unknown): Rdn[] | undefined {
  if (!isCheckableString(value)) return undefined;
  const rdns = tryParseDn(value).rdns;
  return rdns === undefined || rdns.length === 0 ? undefined : rdns;
}

/** True when `value` is a comparable DN (see `comparableDn`) that is neither `ancestor` nor below it. */
export function isDnOutside(value: unknown, ancestor: readonly Rdn[]): value is string {
  const rdns = comparableDn(value);
  return rdns !== undefined && !isRdnSequenceWithin(rdns, ancestor);
}

/**
 * Why a value that must be a non-blank string is not one: `missing` (not a string) or `blank ('  ')`;
 * `undefined` for a non-blank string or a token.
 */
export function blankProblem(value: unknown): string | undefined {
  if (isUnresolved(value) || (typeof value === 'string' && value.trim() !== '')) return undefined;
  return typeof value === 'string' ? `blank (${q(value)})` : 'missing';
}

/** True for a whole number from `min` to `max`. Number tokens are numbers too: skip them first. */
export function isWholeNumberIn(value: unknown, min: number, max = Number.POSITIVE_INFINITY): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Case-insensitive key used to find duplicate names (non-strings, from plain JavaScript, give ''). */
export function nameKey(name: unknown): string {
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}

/**
 * The name of a mapping's group rule (its `ruleName`, or the default name), or `undefined` while
 * the name or a group it is made of is a token.
 */
export function checkableGroupRuleName(mapping: LdapGroupMapping): string | undefined {
  const { ruleName, ldapGroup, oktaGroup } = mapping;
  if (isUnresolved(ruleName) || isUnresolved(ldapGroup) || isUnresolved(oktaGroup)) return undefined;
  return String(effectiveGroupRuleName(mapping));
}
