/**
 * The adoption file: ids of Okta objects that already exist (made by hand in the Admin Console)
 * and that an `OktaLdapIntegration` should take over with Terraform `import` blocks instead of
 * creating them again. `cdktf-okta-ldap adopt --write FILE` writes it; the construct reads it
 * (`adoptionFile` prop). Once the first deploy has imported everything, the file can be deleted:
 * without it the synthesized resources are the same, only the import blocks are gone.
 *
 * ```json
 * {
 *   "schema": "cdktf-okta-ldap/adoption@1",
 *   "groupMappings": { "Engineering": { "group": "00g…", "groupRule": "0pr…" } },
 *   "roleMappings": { "it-helpdesk": { "group": "00g…", "roles": { "HELP_DESK_ADMIN": "IFIF…" } } },
 *   "passwordPolicy": "00p…"
 * }
 * ```
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputFileError, readInputFile } from '../process/input-file';
import { parseStrictJson, repeatedKeysReason } from '../text/strict-json';
import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import { groupMappingKey, ldapGroupKey, roleMappingKey } from '../model/mapping-keys';
import { isObject } from '../settings/value-checks';
import { OktaIdKind } from './okta-ids';

/** Schema tag of an adoption file. */
export const ADOPTION_SCHEMA = 'cdktf-okta-ldap/adoption@1';

/** Existing Okta objects of one group mapping (keyed by the mapping's `oktaGroup`). */
export interface AdoptedGroupMapping {
  /**
   * Id of the existing Okta group (`00g…`, type OKTA_GROUP) the mapping's `okta_group` imports.
   * @default - the group is created
   */
  readonly group?: string;
  /**
   * Id of the existing group rule (`0pr…`) the mapping's `okta_group_rule` imports.
   * @default - the rule is created
   */
  readonly groupRule?: string;
}

/**
 * The key of a role mapping under `roles` in the adoption file: the role type (`HELP_DESK_ADMIN`), or
 * for a custom role with literal ids `CUSTOM <roleId> <resourceSetId>`, since one group may hold
 * several custom roles.
 */
export function adoptionRoleKey(
  mapping: Pick<LdapRoleMapping, 'ldapGroup' | 'role' | 'roleId' | 'resourceSetId'>,
): string {
  const { role, customIds } = roleMappingKey(mapping);
  return customIds !== undefined && customIds.every((id) => /^[A-Za-z0-9]+$/.test(id))
    ? `CUSTOM ${customIds.join(' ')}`
    : role;
}

/** True for a role key of the adoption file: a role type, or `CUSTOM <roleId> <resourceSetId>`. */
export function isAdoptionRoleKey(key: string, roleTypes: readonly string[]): boolean {
  return roleTypes.includes(key) || /^CUSTOM [A-Za-z0-9]+ [A-Za-z0-9]+$/.test(key);
}

/** Existing admin role assignments of one imported LDAP group (keyed by the mapping's `ldapGroup`). */
export interface AdoptedRoleMappings {
  /** Id of the imported LDAP group (`00g…`, type APP_GROUP): the first half of each import id. */
  readonly group: string;
  /**
   * Role type (e.g. `HELP_DESK_ADMIN`, or `CUSTOM <roleId> <resourceSetId>` for a custom role) -> id
   * of the existing role assignment of that group.
   */
  readonly roles: Record<string, string>;
}

/** Ids of existing Okta objects an integration adopts: the content of an adoption file. */
export interface OktaAdoption {
  /**
   * Per group mapping, by Okta group name (`oktaGroup`).
   * @default - nothing adopted for group mappings
   */
  readonly groupMappings?: Record<string, AdoptedGroupMapping>;
  /**
   * Per imported LDAP group of the role mappings, by LDAP group name (`ldapGroup`).
   * @default - nothing adopted for role mappings
   */
  readonly roleMappings?: Record<string, AdoptedRoleMappings>;
  /**
   * Id of the existing password policy (`00p…`) the `okta_policy_password` imports.
   * @default - the policy is created
   */
  readonly passwordPolicy?: string;
}

/**
 * The adoption input of one integration, as the validation rules see it (before any check).
 *
 * @jsii ignore (TypeScript-only: what the validation rules read)
 */
export interface AdoptionSource {
  /** Where it came from, as the user named it: the file path given, or `adoption` for the prop. */
  readonly source: string;
  /** The parsed JSON value (unchecked), unless it could not be read. */
  readonly value?: unknown;
  /** Why the file could not be read or parsed. */
  readonly readError?: string;
  /** True when the ids came from the `adoption` prop rather than a file. */
  readonly fromProp?: boolean;
}

/** Where a key of an adoption input sits, for a violation path: `file.json#groupMappings.X.group`. */
export function adoptionPath(source: AdoptionSource, key?: string): string {
  if (key === undefined || key === '') return source.source;
  return source.fromProp ? `${source.source}.${key}` : `${source.source}#${key}`;
}

/** How a message names the input: `adoption file 'x.json'` or `the adoption prop`. */
export function adoptionName(source: AdoptionSource): string {
  return source.fromProp ? 'the adoption prop' : `adoption file '${source.source}'`;
}

/**
 * Largest adoption file read: one id per resource of the largest integrations is far below it, and
 * the construct reads the file at every synth.
 */
export const MAX_ADOPTION_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads an adoption file (relative paths from `cwd`) as untrusted input: a regular file of at most
 * `MAX_ADOPTION_FILE_BYTES`, a FIFO or device refused without waiting on it. Never throws: problems
 * go to `readError`.
 */
export function readAdoptionFile(file: string, cwd: string = process.cwd()): AdoptionSource {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = readInputFile(full, { shownAs: full, maxBytes: MAX_ADOPTION_FILE_BYTES });
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    const why =
      e.problem === 'missing' && !fs.existsSync(full)
        ? `no such file (${full})`
        : e.problem === 'not-a-file' && fs.statSync(full, { throwIfNoEntry: false })?.isDirectory() === true
          ? `${full} is a folder`
          : e.message;
    return { source: file, readError: why };
  }
  try {
    const parsed = parseStrictJson(text);
    if (parsed.duplicates.length > 0) {
      return { source: file, readError: repeatedKeysReason(parsed.duplicates) };
    }
    return { source: file, value: parsed.value };
  } catch (e) {
    return { source: file, readError: `is not JSON (${(e as Error).message})` };
  }
}

/** One id found in an adoption value, where it sits, and what it must be. */
export interface AdoptionEntry {
  /** Key path inside the file, e.g. `groupMappings.Engineering.groupRule`. */
  readonly key: string;
  readonly kind: OktaIdKind;
  readonly id: string;
}

/** `a.b` or `a["b c"]`: a key path segment as readable as JSON allows. */
export function keyPath(parent: string, key: string): string {
  const segment = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return parent === '' ? segment.replace(/^\./, '') : `${parent}${segment}`;
}

/** The entries of `value[section]` that are objects (others skipped), each with its key path. */
function sectionEntries(
  value: Record<string, unknown>,
  section: string,
): [string, Record<string, unknown>][] {
  const entries = value[section];
  if (!isObject(entries)) return [];
  return Object.entries(entries).flatMap(([key, entry]): [string, Record<string, unknown>][] =>
    isObject(entry) ? [[keyPath(section, key), entry]] : [],
  );
}

/** The string ids of `object` under `fields` (field name, kind of id), in that order; `at` is its key path. */
function idsOf(
  object: Record<string, unknown>,
  at: string,
  fields: readonly (readonly [string, OktaIdKind])[],
): AdoptionEntry[] {
  return fields.flatMap(([field, kind]) => {
    const id = object[field];
    return typeof id === 'string' ? [{ key: keyPath(at, field), kind, id }] : [];
  });
}

/**
 * Every string id in an adoption value, in file order, skipping whatever is malformed (OKLDAP-301
 * reports that). Shared by the id-shape, duplicate-id and unused-entry rules and the construct.
 */
export function adoptionEntries(value: unknown): AdoptionEntry[] {
  if (!isObject(value)) return [];
  const out: AdoptionEntry[] = [];
  for (const [at, entry] of sectionEntries(value, 'groupMappings')) {
    out.push(
      ...idsOf(entry, at, [
        ['group', 'group'],
        ['groupRule', 'groupRule'],
      ]),
    );
  }
  for (const [at, entry] of sectionEntries(value, 'roleMappings')) {
    out.push(...idsOf(entry, at, [['group', 'group']]));
    const roles = entry['roles'];
    if (isObject(roles)) {
      const roleKeys = Object.keys(roles).map((role) => [role, 'roleAssignment'] as const);
      out.push(...idsOf(roles, keyPath(at, 'roles'), roleKeys));
    }
  }
  out.push(...idsOf(value, '', [['passwordPolicy', 'policy']]));
  return out;
}

/** The adoption as the construct uses it, once the rules passed. */
export interface ResolvedAdoption {
  /** Okta group name -> existing group and rule ids. */
  readonly groupMappings: ReadonlyMap<string, AdoptedGroupMapping>;
  /** `<ldapGroup>` -> LDAP group id and role type -> assignment id. */
  readonly roleMappings: ReadonlyMap<string, AdoptedRoleMappings>;
  readonly passwordPolicy?: string;
}

/** Reads a checked adoption value (OKLDAP-301 to 304 passed) into maps. */
export function resolveAdoption(value: unknown): ResolvedAdoption {
  const v = (isObject(value) ? value : {}) as OktaAdoption;
  return {
    groupMappings: new Map(Object.entries(v.groupMappings ?? {})),
    roleMappings: new Map(Object.entries(v.roleMappings ?? {})),
    ...(v.passwordPolicy !== undefined ? { passwordPolicy: v.passwordPolicy } : {}),
  };
}

/** The adopted ids of one group mapping: the entry under its key (its `oktaGroup`). */
export function adoptedGroupMapping(
  adoption: ResolvedAdoption,
  mapping: Pick<LdapGroupMapping, 'oktaGroup'>,
): AdoptedGroupMapping | undefined {
  return adoption.groupMappings.get(groupMappingKey(mapping));
}

/**
 * The adopted ids of one role mapping: the LDAP group id of the entry under its LDAP group, and the
 * assignment id under its role key (`adoptionRoleKey`); unset unless both are there.
 */
export function adoptedRoleMapping(
  adoption: ResolvedAdoption,
  mapping: Pick<LdapRoleMapping, 'ldapGroup' | 'role' | 'roleId' | 'resourceSetId'>,
): { readonly group: string; readonly assignment: string } | undefined {
  const entry = adoption.roleMappings.get(ldapGroupKey(mapping.ldapGroup));
  const assignment = entry?.roles[adoptionRoleKey(mapping)];
  return entry !== undefined && assignment ? { group: entry.group, assignment } : undefined;
}
