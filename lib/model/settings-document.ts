/**
 * The reader of a settings document: an `LdapDirectorySettings` object, or a manifest-like object
 * `{ settings, userMappings?, groupMappings?, roleMappings? }`, checked field by field as the
 * settings field table describes each and turned into the integration's model. One reader for
 * `preflight --settings`, the deploy guard's input and the manifests read back from `cdktf.out`.
 * Throws `InputError` naming the field.
 */
import { InputError } from '../errors';
import { OktaAdminRole } from '../mappings/mapping-types';
import {
  array,
  attribute,
  bool,
  describe,
  isObject,
  knownKeys,
  object,
  oneOf,
  optional,
  port,
  str,
} from '../settings/value-checks';
import type { LdapDirectorySettings } from '../settings/ldap-directory-settings';
import {
  sectionFields,
  SETTINGS_SECTIONS,
  SettingField,
  SettingPresence,
  SettingValueType,
} from '../settings/settings-fields';
import { type IntegrationModel, integrationModel, type IntegrationModelInput } from './integration-model';

/**
 * Checks a parsed settings document (see `readSettingsFile`) and builds the integration's model from
 * it: the settings resolved, the mappings it lists (none when it has no such list; of a group
 * mapping only `ldapGroup` and `oktaGroup`, of a role mapping only `ldapGroup` and `role` are read).
 * Throws `InputError` naming the field.
 */
export function parseSettingsDocument(document: unknown): IntegrationModel {
  if (!isObject(document)) {
    throw new InputError(
      `expected a JSON object (LdapDirectorySettings with "agent", "user" and "group", or {"settings": ...}), got ${describe(document)}`,
    );
  }
  if ('agent' in document) {
    return integrationModel({ settings: parseSettings(document, 'settings') });
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
  const input: { -readonly [K in keyof IntegrationModelInput]: IntegrationModelInput[K] } = { settings };
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
  return integrationModel(input);
}

/** Keys of an extra user attribute (`LdapExtraUserAttribute`). */
const EXTRA_ATTRIBUTE_KEYS = ['ldapAttribute', 'profileProperty', 'title'];
const SETTINGS_KEYS = [...SETTINGS_SECTIONS.map((s) => s.section), 'preset'];

/** Checks one settings object field by field, as the settings field table describes each. */
function parseSettings(value: unknown, path: string, strictKeys = true): LdapDirectorySettings {
  const known = strictKeys ? knownKeys : (): void => undefined;
  const s = object(value, path);
  known(s, path, SETTINGS_KEYS);
  for (const { section, required } of SETTINGS_SECTIONS) {
    if (!required && s[section] === undefined) continue;
    const sectionPath = `${path}.${section}`;
    const o = object(s[section], sectionPath);
    const fields = sectionFields(section);
    known(
      o,
      sectionPath,
      fields.map((f) => f.key),
    );
    for (const field of fields) {
      const v = o[field.key];
      if (v !== undefined || field.presence === SettingPresence.REQUIRED)
        checkField(field, v, `${sectionPath}.${field.key}`, known);
    }
  }
  optional(s.preset, () => str(s.preset, `${path}.preset`, false));
  return s as unknown as LdapDirectorySettings;
}

function checkField(
  field: SettingField,
  v: unknown,
  path: string,
  known: (o: Record<string, unknown>, path: string, keys: readonly string[]) => void,
): void {
  switch (field.type) {
    case SettingValueType.TEXT:
      str(v, path);
      return;
    case SettingValueType.TEXT_OR_EMPTY:
      str(v, path, false);
      return;
    case SettingValueType.ATTRIBUTE:
      attribute(v, path);
      return;
    case SettingValueType.ATTRIBUTE_LIST:
      array(v, path).forEach((c, i) => attribute(c, `${path}[${i}]`));
      return;
    case SettingValueType.PORT:
      port(v, path);
      return;
    case SettingValueType.BOOLEAN:
      bool(v, path);
      return;
    case SettingValueType.CHOICE:
      oneOf(v, path, field.choices ?? []);
      return;
    case SettingValueType.EXTRA_ATTRIBUTES:
      array(v, path).forEach((x, i) => {
        const p = `${path}[${i}]`;
        const o = object(x, p);
        known(o, p, EXTRA_ATTRIBUTE_KEYS);
        attribute(o.ldapAttribute, `${p}.ldapAttribute`);
        optional(o.profileProperty, () => str(o.profileProperty, `${p}.profileProperty`));
        optional(o.title, () => str(o.title, `${p}.title`));
      });
      return;
  }
}
