import * as fs from 'fs';
import { InputError } from '../errors';
import { OktaAdminRole } from '../mappings/mapping-types';
import {
  LdapConnectionSecurity,
  LdapDirectorySettings,
  LdapVendor,
  OktaUsernameFormat,
} from '../settings/ldap-directory-settings';
import type { PreflightInput } from './preflight-options';

/** Largest settings file read (a settings file is a few KB; a manifest with many mappings a few MB). */
export const MAX_SETTINGS_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a JSON settings file for `preflight --settings`: either an `LdapDirectorySettings` object, or a
 * manifest-like object `{ settings, userMappings?, groupMappings?, roleMappings? }` (an
 * `IntegrationManifest` qualifies). Throws `InputError` naming the file and the field.
 */
export function readSettingsFile(file: string): PreflightInput {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`settings file not found: '${file}'. Pass an existing JSON file with --settings.`);
  }
  if (!stat.isFile()) throw new InputError(`settings file '${file}' is not a file.`);
  if (stat.size > MAX_SETTINGS_FILE_BYTES) {
    throw new InputError(
      `settings file '${file}' is ${stat.size} bytes; at most ${MAX_SETTINGS_FILE_BYTES} are read.`,
    );
  }
  const text = fs.readFileSync(file, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`settings file '${file}' is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseSettingsDocument(document);
  } catch (e) {
    if (InputError.isInputError(e)) throw new InputError(`settings file '${file}': ${e.message}`);
    throw e;
  }
}

/** Validates a parsed settings document (see `readSettingsFile`). Throws `InputError` naming the field. */
export function parseSettingsDocument(document: unknown): PreflightInput {
  if (!isObject(document)) {
    throw new InputError(
      `expected a JSON object (LdapDirectorySettings with "agent", "user" and "group", or {"settings": ...}), got ${describe(document)}`,
    );
  }
  if ('agent' in document) {
    return { settings: parseSettings(document, 'settings') };
  }
  if (!('settings' in document)) {
    throw new InputError(
      'expected LdapDirectorySettings (with "agent", "user" and "group") or a manifest-like object with "settings"; neither "agent" nor "settings" was found',
    );
  }
  // A manifest (or guard input) written by cdktf-okta-ldap may carry settings fields newer than this reader: no unknown-key check.
  const fromManifest =
    typeof document.schema === 'string' && document.schema.startsWith('cdktf-okta-ldap/integration@');
  const settings = parseSettings(document.settings, 'settings', !fromManifest);
  const input: {
    settings: LdapDirectorySettings;
    userMappings?: Record<string, string>;
    groupMappings?: { ldapGroup: string; oktaGroup: string }[];
    roleMappings?: { ldapGroup: string; role: OktaAdminRole }[];
  } = { settings };
  if (document.userMappings !== undefined) {
    const mappings = object(document.userMappings, 'userMappings');
    for (const [key, value] of Object.entries(mappings)) str(value, `userMappings.${key}`, false);
    input.userMappings = mappings as Record<string, string>;
  }
  if (document.groupMappings !== undefined) {
    input.groupMappings = array(document.groupMappings, 'groupMappings').map((m, i) => {
      const o = object(m, `groupMappings[${i}]`);
      return {
        ldapGroup: str(o.ldapGroup, `groupMappings[${i}].ldapGroup`),
        oktaGroup: str(o.oktaGroup, `groupMappings[${i}].oktaGroup`),
      };
    });
  }
  if (document.roleMappings !== undefined) {
    input.roleMappings = array(document.roleMappings, 'roleMappings').map((m, i) => {
      const o = object(m, `roleMappings[${i}]`);
      return {
        ldapGroup: str(o.ldapGroup, `roleMappings[${i}].ldapGroup`),
        role: oneOf(o.role, `roleMappings[${i}].role`, Object.values(OktaAdminRole)) as OktaAdminRole,
      };
    });
  }
  return input;
}

const AGENT_KEYS = [
  'host',
  'port',
  'connectionSecurity',
  'allowPlainLdap',
  'rootDn',
  'bindDn',
  'fipsOnly',
  'proxyUrl',
  'oktaOrgUrl',
];
const SCHEMA_KEYS = ['ldapVersion', 'uniqueIdentifierAttribute', 'dnAttribute'];
const USER_KEYS = [
  'searchBase',
  'objectClass',
  'auxiliaryObjectClasses',
  'objectFilter',
  'accountDisabledAttribute',
  'accountDisabledValue',
  'accountEnabledValue',
  'passwordAttribute',
  'passwordExpirationAttribute',
  'extraAttributes',
];
const GROUP_KEYS = ['searchBase', 'objectClass', 'objectFilter', 'memberAttribute', 'userAttribute'];
const ROLE_KEYS = ['objectClass', 'membershipAttribute'];
const PROVISIONING_KEYS = ['usernameFormat', 'usernameSuffix', 'usernameDomain', 'usernameAttribute'];
const SETTINGS_KEYS = ['agent', 'schema', 'user', 'group', 'role', 'provisioning', 'preset'];

function parseSettings(value: unknown, path: string, strictKeys = true): LdapDirectorySettings {
  const known = strictKeys ? knownKeys : (): void => undefined;
  const s = object(value, path);
  known(s, path, SETTINGS_KEYS);
  const agent = object(s.agent, `${path}.agent`);
  known(agent, `${path}.agent`, AGENT_KEYS);
  str(agent.host, `${path}.agent.host`);
  optional(agent.port, () => port(agent.port, `${path}.agent.port`));
  optional(agent.connectionSecurity, () =>
    oneOf(
      agent.connectionSecurity,
      `${path}.agent.connectionSecurity`,
      Object.values(LdapConnectionSecurity),
    ),
  );
  optional(agent.allowPlainLdap, () => bool(agent.allowPlainLdap, `${path}.agent.allowPlainLdap`));
  str(agent.rootDn, `${path}.agent.rootDn`, false);
  str(agent.bindDn, `${path}.agent.bindDn`);
  optional(agent.fipsOnly, () => bool(agent.fipsOnly, `${path}.agent.fipsOnly`));
  optional(agent.proxyUrl, () => str(agent.proxyUrl, `${path}.agent.proxyUrl`));
  optional(agent.oktaOrgUrl, () => str(agent.oktaOrgUrl, `${path}.agent.oktaOrgUrl`));

  optional(s.schema, () => {
    const d = object(s.schema, `${path}.schema`);
    known(d, `${path}.schema`, SCHEMA_KEYS);
    optional(d.ldapVersion, () =>
      oneOf(d.ldapVersion, `${path}.schema.ldapVersion`, Object.values(LdapVendor)),
    );
    optional(d.uniqueIdentifierAttribute, () =>
      attribute(d.uniqueIdentifierAttribute, `${path}.schema.uniqueIdentifierAttribute`),
    );
    optional(d.dnAttribute, () => attribute(d.dnAttribute, `${path}.schema.dnAttribute`));
  });

  const user = object(s.user, `${path}.user`);
  known(user, `${path}.user`, USER_KEYS);
  str(user.searchBase, `${path}.user.searchBase`, false);
  optional(user.objectClass, () => attribute(user.objectClass, `${path}.user.objectClass`));
  optional(user.auxiliaryObjectClasses, () =>
    array(user.auxiliaryObjectClasses, `${path}.user.auxiliaryObjectClasses`).forEach((c, i) =>
      attribute(c, `${path}.user.auxiliaryObjectClasses[${i}]`),
    ),
  );
  optional(user.objectFilter, () => str(user.objectFilter, `${path}.user.objectFilter`));
  for (const key of ['accountDisabledAttribute', 'passwordAttribute', 'passwordExpirationAttribute']) {
    optional(user[key], () => attribute(user[key], `${path}.user.${key}`));
  }
  for (const key of ['accountDisabledValue', 'accountEnabledValue']) {
    optional(user[key], () => str(user[key], `${path}.user.${key}`, false));
  }
  optional(user.extraAttributes, () =>
    array(user.extraAttributes, `${path}.user.extraAttributes`).forEach((x, i) => {
      const p = `${path}.user.extraAttributes[${i}]`;
      const o = object(x, p);
      known(o, p, ['ldapAttribute', 'profileProperty', 'title']);
      attribute(o.ldapAttribute, `${p}.ldapAttribute`);
      optional(o.profileProperty, () => str(o.profileProperty, `${p}.profileProperty`));
      optional(o.title, () => str(o.title, `${p}.title`));
    }),
  );

  const group = object(s.group, `${path}.group`);
  known(group, `${path}.group`, GROUP_KEYS);
  str(group.searchBase, `${path}.group.searchBase`, false);
  optional(group.objectClass, () => attribute(group.objectClass, `${path}.group.objectClass`));
  optional(group.objectFilter, () => str(group.objectFilter, `${path}.group.objectFilter`));
  optional(group.memberAttribute, () => attribute(group.memberAttribute, `${path}.group.memberAttribute`));
  optional(group.userAttribute, () => attribute(group.userAttribute, `${path}.group.userAttribute`));

  optional(s.role, () => {
    const r = object(s.role, `${path}.role`);
    known(r, `${path}.role`, ROLE_KEYS);
    optional(r.objectClass, () => attribute(r.objectClass, `${path}.role.objectClass`));
    optional(r.membershipAttribute, () =>
      attribute(r.membershipAttribute, `${path}.role.membershipAttribute`),
    );
  });
  optional(s.provisioning, () => {
    const im = object(s.provisioning, `${path}.provisioning`);
    known(im, `${path}.provisioning`, PROVISIONING_KEYS);
    optional(im.usernameFormat, () =>
      oneOf(im.usernameFormat, `${path}.provisioning.usernameFormat`, Object.values(OktaUsernameFormat)),
    );
    optional(im.usernameSuffix, () => str(im.usernameSuffix, `${path}.provisioning.usernameSuffix`, false));
    optional(im.usernameDomain, () => str(im.usernameDomain, `${path}.provisioning.usernameDomain`));
    optional(im.usernameAttribute, () =>
      attribute(im.usernameAttribute, `${path}.provisioning.usernameAttribute`),
    );
  });
  optional(s.preset, () => str(s.preset, `${path}.preset`, false));
  return s as unknown as LdapDirectorySettings;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing (missing)';
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
}

function object(v: unknown, path: string): Record<string, unknown> {
  if (!isObject(v)) throw new InputError(`${path} must be an object, got ${describe(v)}`);
  return v;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new InputError(`${path} must be an array, got ${describe(v)}`);
  return v;
}

function str(v: unknown, path: string, nonEmpty = true): string {
  if (typeof v !== 'string' || (nonEmpty && v.trim() === '')) {
    throw new InputError(`${path} must be a ${nonEmpty ? 'non-empty ' : ''}string, got ${describe(v)}`);
  }
  return v;
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new InputError(`${path} must be true or false, got ${describe(v)}`);
  return v;
}

function port(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 65535) {
    throw new InputError(`${path} must be an integer from 1 to 65535, got ${describe(v)}`);
  }
  return v;
}

function attribute(v: unknown, path: string): string {
  const s = str(v, path);
  if (!/^[A-Za-z][A-Za-z0-9-]*(;[A-Za-z0-9-]+)*$|^[0-9]+(\.[0-9]+)+$/.test(s)) {
    throw new InputError(
      `${path} must be an LDAP attribute or class name (letters, digits, '-'), got ${describe(v)}`,
    );
  }
  return s;
}

function oneOf(v: unknown, path: string, allowed: readonly string[]): string {
  if (typeof v !== 'string' || !allowed.includes(v)) {
    throw new InputError(`${path} must be one of ${allowed.join(', ')}; got ${describe(v)}`);
  }
  return v;
}

function optional(v: unknown, check: () => unknown): void {
  if (v !== undefined) check();
}

function knownKeys(o: Record<string, unknown>, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) {
      const near = keys.find((k) => k.toLowerCase() === key.toLowerCase());
      const shown = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      throw new InputError(
        `${path}.${shown} is not a known setting${near ? ` (did you mean ${path}.${near}?)` : ''}; known: ${keys.join(', ')}`,
      );
    }
  }
}
