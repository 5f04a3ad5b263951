import { ADOPTION_SCHEMA, AdoptionSource, keyPath, isAdoptionRoleKey } from '../../adoption/adoption-file';
import { OktaAdminRole } from '../../mappings/mapping-types';
import { isObject } from '../../settings/value-checks';
import { adoptionCheck } from '../../validation-rule/adoption-check';
import { defineRule } from '../../validation-rule/define-rule';

const TOP_KEYS = ['schema', 'groupMappings', 'roleMappings', 'passwordPolicy'];
const GROUP_KEYS = ['group', 'groupRule'];
const ROLE_KEYS = ['group', 'roles'];
const ROLE_TYPES = Object.values(OktaAdminRole) as string[];

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

const REWRITE = (src: AdoptionSource) =>
  src.fromProp
    ? 'Correct the adoption prop (see OktaAdoption)'
    : `Write the file with 'cdktf-okta-ldap adopt --write ${src.source}', or correct it by hand (format: README, "Adopt what already exists")`;

/** Records one violation of the adoption file's shape at `key` (a path inside the file). */
type ShapeReporter = (key: string | undefined, value: unknown, message: string, fix?: string) => void;

/**
 * OKLDAP-301: the adoption file can be read, is JSON, and has exactly the adoption file's shape
 * (schema tag, known keys, objects where objects belong, string ids). A typo in a key would
 * otherwise silently adopt nothing and let the deploy create a second copy.
 */
export const adoptionFileShapeRule = defineRule('OKLDAP-301', {
  severity: 'error',
  title: 'The adoption file cannot be read or is not an adoption file',
  check: adoptionCheck((src, _input, report) => {
    const bad: ShapeReporter = (key, value, message, fix = REWRITE(src)) =>
      report.shape(key, value, message, fix);
    if (src.readError !== undefined) {
      bad(
        undefined,
        src.source,
        src.readError,
        src.fromProp
          ? REWRITE(src)
          : `Pass the path of the file 'cdktf-okta-ldap adopt --write' wrote (relative to the folder synth runs in), or remove adoptionFile`,
      );
      return;
    }
    const value = src.value;
    if (!isObject(value)) {
      bad(undefined, value, `is ${kindOf(value)}, not a JSON object`);
      return;
    }
    checkTopLevel(value, src, bad);
    checkSection(
      value,
      'groupMappings',
      'Okta group names to { "group", "groupRule" }',
      'an object with "group" and/or "groupRule" ids',
      (at, entry) => checkGroupEntry(at, entry, bad),
      bad,
    );
    checkSection(
      value,
      'roleMappings',
      'LDAP group names to { "group", "roles" }',
      'an object with "group" (the LDAP group\'s id) and "roles"',
      (at, entry) => checkRoleEntry(at, entry, bad),
      bad,
    );
    const policy = value['passwordPolicy'];
    if (policy !== undefined && typeof policy !== 'string') {
      bad(
        'passwordPolicy',
        policy,
        `passwordPolicy is ${kindOf(policy)}; it must be the policy id (a string)`,
      );
    }
  }),
});

/** The schema tag (files only) and the top-level keys. */
function checkTopLevel(value: Record<string, unknown>, src: AdoptionSource, bad: ShapeReporter): void {
  if (!src.fromProp && value['schema'] !== ADOPTION_SCHEMA) {
    bad('schema', value['schema'] ?? null, `"schema" must be "${ADOPTION_SCHEMA}"`);
  }
  const allowed = TOP_KEYS.filter((k) => !src.fromProp || k !== 'schema');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      bad(keyPath('', key), key, `unknown key '${key}'; allowed: ${allowed.join(', ')}`);
  }
}

/** `groupMappings` or `roleMappings`: an object of objects, each entry checked by `checkEntry`. */
function checkSection(
  value: Record<string, unknown>,
  section: 'groupMappings' | 'roleMappings',
  mapsWhat: string,
  entryShape: string,
  checkEntry: (at: string, entry: Record<string, unknown>) => void,
  bad: ShapeReporter,
): void {
  const map = value[section];
  if (map === undefined) return;
  if (!isObject(map)) {
    bad(section, map, `${section} is ${kindOf(map)}; it must map ${mapsWhat}`);
    return;
  }
  for (const [name, entry] of Object.entries(map)) {
    const at = keyPath(section, name);
    if (isObject(entry)) checkEntry(at, entry);
    else bad(at, entry, `${at} is ${kindOf(entry)}; it must be ${entryShape}`);
  }
}

function unknownKey(at: string, key: string, allowed: readonly string[], bad: ShapeReporter): void {
  bad(keyPath(at, key), key, `unknown key '${key}' in ${at}; allowed: ${allowed.join(', ')}`);
}

/** One entry of `groupMappings`: only `group` and `groupRule`, each a string id. */
function checkGroupEntry(at: string, entry: Record<string, unknown>, bad: ShapeReporter): void {
  for (const [k, v] of Object.entries(entry)) {
    if (!GROUP_KEYS.includes(k)) unknownKey(at, k, GROUP_KEYS, bad);
    else if (typeof v !== 'string')
      bad(keyPath(at, k), v, `${keyPath(at, k)} is ${kindOf(v)}; an id is a string`);
  }
}

/** One entry of `roleMappings`: the LDAP group's id and its role assignment ids by role type. */
function checkRoleEntry(at: string, entry: Record<string, unknown>, bad: ShapeReporter): void {
  for (const k of Object.keys(entry)) {
    if (!ROLE_KEYS.includes(k)) unknownKey(at, k, ROLE_KEYS, bad);
  }
  if (typeof entry['group'] !== 'string') {
    bad(
      `${at}.group`,
      entry['group'] ?? null,
      `${at}.group must be the id of the imported LDAP group (a string): role assignments are imported as <groupId>/<roleAssignmentId>`,
    );
  }
  const assignments = entry['roles'];
  if (!isObject(assignments)) {
    bad(`${at}.roles`, assignments ?? null, `${at}.roles must map role types to role assignment ids`);
    return;
  }
  for (const [role, id] of Object.entries(assignments)) {
    const rk = keyPath(`${at}.roles`, role);
    if (!isAdoptionRoleKey(role, ROLE_TYPES)) {
      bad(
        rk,
        role,
        `'${role}' is not an admin role type; allowed: ${ROLE_TYPES.join(', ')}, or 'CUSTOM <roleId> <resourceSetId>'`,
      );
    } else if (typeof id !== 'string') {
      bad(rk, id, `${rk} is ${kindOf(id)}; a role assignment id is a string`);
    }
  }
}
