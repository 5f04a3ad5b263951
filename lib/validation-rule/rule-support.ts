/**
 * Small helpers shared by the validation rules (not a rule itself, and not public API).
 */
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
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

/** One settings field holding a DN, with its path as the user wrote it. */
export interface DnField {
  readonly path: string;
  readonly value: string;
}

/** The four DN fields of the settings, root DN first. */
export function dnFields(settings: ResolvedLdapDirectorySettings): DnField[] {
  return [
    { path: 'directory.agent.rootDn', value: settings.agent.rootDn },
    { path: 'directory.agent.bindDn', value: settings.agent.bindDn },
    { path: 'directory.user.searchBase', value: settings.user.searchBase },
    { path: 'directory.group.searchBase', value: settings.group.searchBase },
  ];
}

/** Case-insensitive key used to find duplicate names (non-strings, from plain JavaScript, give ''). */
export function nameKey(name: unknown): string {
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}
