/**
 * Every string the integration takes, with its path: the settings, the mappings and the names of
 * the adoption input. Read by OKLDAP-215 (hidden characters). Not a rule itself, and not public API.
 */
import { adoptionPath, keyPath } from '../../adoption/adoption-file';
import { isObject } from '../../settings/value-checks';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';
import { userMappingPath } from '../../validation-rule/rule-support';

/** One string value and where the user wrote it. */
export interface TextField {
  readonly path: string;
  readonly value: unknown;
  /** What the value is, when the path alone does not say it (a user mapping's key). */
  readonly what?: string;
}

/** Every string of a settings object, at any depth (`directory.user.extraAttributes[0].title`). */
function settingsFields(value: unknown, path: string): TextField[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => settingsFields(v, `${path}[${i}]`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => settingsFields(v, `${path}.${k}`));
}

function list(values: unknown, path: string): TextField[] {
  return Array.isArray(values)
    ? (values as unknown[]).map((value, j) => ({ path: `${path}[${j}]`, value }))
    : [];
}

/** The names and expressions of the mappings and the password policy. */
function mappingFields(input: IntegrationValidationInput): TextField[] {
  const policy = input.passwordPolicy;
  return [
    ...Object.entries(input.userMappings).flatMap(([key, expression]) => [
      { path: userMappingPath(key), value: key, what: 'the key' },
      { path: userMappingPath(key), value: expression },
    ]),
    ...input.groupMappings.flatMap((m, i) =>
      (['ldapGroup', 'oktaGroup', 'ruleName', 'description'] as const).map((k) => ({
        path: `groupMappings[${i}].${k}`,
        value: m[k],
      })),
    ),
    ...input.roleMappings.flatMap((m, i) => [
      ...(['ldapGroup', 'roleId', 'resourceSetId'] as const).map((k) => ({
        path: `roleMappings[${i}].${k}`,
        value: m[k],
      })),
      ...list(m.targetGroupIds, `roleMappings[${i}].targetGroupIds`),
      ...list(m.targetApps, `roleMappings[${i}].targetApps`),
    ]),
    ...(policy !== undefined
      ? [
          { path: 'passwordPolicy.name', value: policy.name },
          { path: 'passwordPolicy.description', value: policy.description },
          ...list(policy.groups, 'passwordPolicy.groups'),
        ]
      : []),
  ];
}

/** The names that key the adoption input: Okta groups of group mappings, LDAP groups of role mappings. */
function adoptionNameFields(input: IntegrationValidationInput): TextField[] {
  const src = input.adoption;
  if (src === undefined || !isObject(src.value)) return [];
  const value = src.value;
  return (['groupMappings', 'roleMappings'] as const).flatMap((section) => {
    const entries = value[section];
    if (!isObject(entries)) return [];
    return Object.keys(entries).map((name) => ({
      path: adoptionPath(src, keyPath(section, name)),
      value: name,
      what: 'the key',
    }));
  });
}

/** Every string the integration takes, settings first; values that are not strings come as they are. */
export function textFields(input: IntegrationValidationInput): TextField[] {
  return [
    ...settingsFields(input.settings, 'directory'),
    ...mappingFields(input),
    ...adoptionNameFields(input),
  ];
}
