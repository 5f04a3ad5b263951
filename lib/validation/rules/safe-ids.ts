import { OktaAdminRole } from '../../mappings/mapping-types';
import { showHidden } from '../../text/untrusted-text';
import { defineRule, type ReportViolation } from '../../validation-rule/define-rule';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';
import { hiddenInName, refusedInConstructId } from './hidden-in-names';
import { isCheckableString } from '../../validation-rule/rule-support';

/**
 * A safe construct id: ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit.
 * Nothing in it can be read as markup (`<`, `` ` ``, `|`, `#`, `[`), break a line or hide.
 */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SAFE_ID_FORM = "ASCII letters, digits, '-', '_' and '.', starting with a letter or digit";

/** A mapping name that becomes part of construct ids, with the ids it becomes (as documentation). */
export interface ConstructIdName {
  readonly path: string;
  readonly value: unknown;
  /** The construct ids the name is written into, e.g. `the construct id LdapGroup-<ldapGroup>`. */
  readonly ids: string;
}

/**
 * The names the construct writes into construct ids (lib/resources/construct-ids.ts): Okta and LDAP
 * group names, a CUSTOM role's ids, and the profile property of an extra attribute.
 */
export function constructIdNames(input: IntegrationValidationInput): ConstructIdName[] {
  const custom = (m: IntegrationValidationInput['roleMappings'][number]) =>
    m.role === OktaAdminRole.CUSTOM &&
    [m.roleId, m.resourceSetId].every((id) => isCheckableString(id) && id !== '');
  return [
    ...input.groupMappings.flatMap((m, i) => [
      {
        path: `groupMappings[${i}].ldapGroup`,
        value: m.ldapGroup,
        ids: 'the construct id LdapGroup-<ldapGroup>',
      },
      {
        path: `groupMappings[${i}].oktaGroup`,
        value: m.oktaGroup,
        ids: 'the construct ids Group-<oktaGroup> and GroupRule-<oktaGroup>',
      },
    ]),
    ...input.roleMappings.flatMap((m, i) => [
      {
        path: `roleMappings[${i}].ldapGroup`,
        value: m.ldapGroup,
        ids: 'the construct ids LdapGroup-<ldapGroup> and GroupRole-<ldapGroup>-<role>',
      },
      ...(custom(m)
        ? (['roleId', 'resourceSetId'] as const).map((k) => ({
            path: `roleMappings[${i}].${k}`,
            value: m[k],
            ids: 'the construct id GroupRole-<ldapGroup>-CUSTOM-<roleId>-<resourceSetId>',
          }))
        : []),
    ]),
    ...(input.settings.user.extraAttributes ?? []).map((a, i) => {
      // as the construct: `profileProperty ?? ldapAttribute` (profile-mapping.ts)
      const field = (a.profileProperty ?? undefined) === undefined ? 'ldapAttribute' : 'profileProperty';
      return {
        path: `directory.user.extraAttributes[${i}].${field}`,
        value: a[field],
        ids: 'the construct id SchemaProperty-<profileProperty>',
      };
    }),
  ];
}

/** `'<', '>'` or `<U+202E>`: the distinct characters of `id` that a safe id does not allow. */
function unsafeCharacters(id: string): string {
  const bad = [...new Set(id.replace(/[A-Za-z0-9._-]/g, ''))];
  return bad.map((c) => (showHidden(c) === c ? `'${c}'` : showHidden(c))).join(', ');
}

/** One id of the construct path: where it sits, how a message names it, and a safe example. */
interface PathId {
  readonly path: string;
  readonly id: string;
  /** `the integration id 'x'`: the id as the message names it. */
  readonly what: string;
  /** Why it must be safe: where the id shows. */
  readonly where: string;
  readonly example: string;
  /** What renaming it means for a stack already deployed. */
  readonly renamed: string;
}

/** Reports one id of the construct path that is not safe. */
function checkPathId({ path, id, what, where, example, renamed }: PathId, report: ReportViolation): void {
  if (SAFE_ID.test(id)) return;
  const bad = unsafeCharacters(id);
  const problem = id === '' ? 'is empty' : bad !== '' ? `holds ${bad}` : `starts with '${id.charAt(0)}'`;
  report(
    path,
    id,
    `${what} ${problem}; an id is ${SAFE_ID_FORM}, since ${where}`,
    `Rename it, e.g. to ${example}; ${renamed}`,
  );
}

/** The ids above the integration, from its stack down, then the integration's own id. */
function pathIds(input: IntegrationValidationInput): PathId[] {
  const scopes = input.scopeIds ?? [];
  const integration = input.integrationId;
  return [
    ...scopes.map((id, i) =>
      i === 0
        ? {
            path: 'stack id',
            id,
            what: `the stack id '${showHidden(id)}'`,
            where: "it appears in every review and report and names the stack's folder in cdktf.out",
            example: "'okta-org'",
            renamed:
              'on a stack already deployed, cdktf keeps the state under the stack id (terraform.<stack id>.tfstate with the local backend), so move the state too',
          }
        : {
            path: 'scope id',
            id,
            what: `the id '${showHidden(id)}' of scope '${showHidden(scopes.slice(0, i + 1).join('/'))}'`,
            where: 'it is part of the construct path and Terraform address of every resource below it',
            example: "'Team-A'",
            renamed:
              'on a stack already deployed, the new id gives every resource below it a new Terraform address, so move their state too (terraform state mv)',
          },
    ),
    ...(integration !== undefined
      ? [
          {
            path: 'id',
            id: integration,
            what: `the integration id '${showHidden(integration)}'`,
            where:
              'it appears in every review and report and in the Terraform address of every resource of the integration',
            example: "'Directory' or 'okta-ldap_2'",
            renamed:
              'on a stack already deployed, the new id gives every resource below it a new Terraform address, so move their state too (terraform state mv)',
          },
        ]
      : []),
  ];
}

/**
 * OKLDAP-403: the ids that name the integration's resources are safe. The integration id, the
 * stack id and the id of any construct between them match `SAFE_ID`; a mapping name that the
 * construct writes into construct ids holds no hidden character (control, bidi, zero-width,
 * format, line separator). Other spaces than U+0020 are left to the OKLDAP-215 warning.
 */
export const safeIdsRule = defineRule('OKLDAP-403', {
  severity: 'error',
  title: 'The integration or stack id is unsafe, or a construct id would hold a hidden character',
  check(input, report) {
    for (const pathId of pathIds(input)) checkPathId(pathId, report);
    for (const { path, value, ids } of constructIdNames(input)) {
      const hidden = hiddenInName(value, refusedInConstructId);
      if (hidden === undefined) continue;
      const it = hidden.single ? 'it' : 'them';
      report(
        showHidden(path),
        value,
        `'${showHidden(hidden.name)}' holds ${hidden.single ? 'a hidden character' : 'hidden characters'}, ${hidden.described}, and would become part of ${ids}: the construct paths in reviews and reports would carry ${it}, and the Terraform addresses drop ${it}, so they look like those of the name without ${it}`,
        `Remove the ${hidden.single ? 'character' : 'characters'} from the name`,
      );
    }
  },
});
