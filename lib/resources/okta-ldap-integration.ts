import type { AppUserSchemaProperty } from '@cdktf/provider-okta/lib/app-user-schema-property';
import type { Group } from '@cdktf/provider-okta/lib/group';
import type { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import type { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import type { PolicyPassword } from '@cdktf/provider-okta/lib/policy-password';
import type { ProfileMapping } from '@cdktf/provider-okta/lib/profile-mapping';
import {
  Annotations,
  Lazy,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
} from 'cdktf';
import { Construct } from 'constructs';
import { windowsTls12PowerShell } from '../agent-host/windows-tls12';
import { AdoptionSource, OktaAdoption, resolveAdoption } from '../adoption/adoption-file';
import {
  PreflightGuard,
  renameGuardedIntegration,
  type PreflightGuardOptions,
} from '../guard/preflight-guard';
import { GUARD_CONSTRUCT_ID } from '../manifest/guard-contract';
import {
  IntegrationManifest,
  IntegrationManifestBase,
  MANIFEST_SCHEMA,
  ManifestResource,
  ManifestWarning,
} from '../manifest/integration-manifest';
import type { LdapGroupMapping, LdapPasswordPolicy, LdapRoleMapping } from '../mappings/mapping-types';
import { type IntegrationModel, integrationModel } from '../model/integration-model';
import { groupMappingKey, ldapGroupKey } from '../model/mapping-keys';
import type {
  LdapDirectorySettings,
  ResolvedLdapDirectorySettings,
} from '../settings/ldap-directory-settings';
import {
  OktaLdapValidationError,
  SuppressedViolation,
  ValidationResult,
  validateIntegration,
} from '../validation/validate-integration';
import {
  formatViolation,
  TerraformNameCollision,
  ValidationSuppression,
  Violation,
} from '../validation-rule/validation-rule';
import { importAdopted } from './adoption-imports';
import { adoptionSource } from '../adoption/adoption-source';
import { addBindPasswordVariable } from './bind-password';
import { constructIdCollisions } from './construct-id-collisions';
import { replaceTriggerId } from './construct-ids';
import { addGroupMapping } from './group-mapping';
import { GroupRuleChain } from './group-rule-chain';
import { addLdapAppGroupLookup, ldapAppGroupId, ldapAppIdOperand } from './ldap-app-group-lookup';
import { manifestWarning } from './manifest-warning';
import { IntegrationNames, planIntegrationNames, writeManifest } from './manifest-writer';
import { terraformAddress } from './terraform-address';
import { checkOktaProvider, useOktaProvider } from './okta-provider';
import { requireSinglePackageCopies } from './single-package-copy';
import { addPasswordPolicy } from './password-policy';
import { addExtraAttribute, addProfileMapping, PROFILE_MAPPING_ID } from './profile-mapping';
import { ProfileMappingRemovedBlock, ProfileMappingRemoval } from './profile-mapping-removal';
import { addReplaceTrigger, replaceWhenTriggerChanges } from './replace-trigger';
import { addRoleMapping } from './role-mapping';
import { terraformLiteral, terraformLiteralDeep } from '../terraform/terraform-literal';

/** Props of `OktaLdapIntegration`. */
export interface OktaLdapIntegrationProps {
  /**
   * Every setting of the LDAP integration, as an admin types it into the LDAP agent installer and
   * the Admin Console (e.g. from `jumpCloudDirectory({ orgId, bindUser })`). Okta has no API for
   * these: they are validated at synth, recorded for the preflight and the review tools, output as
   * JSON for the admin, and used to build the Okta resources below.
   */
  readonly directory: LdapDirectorySettings;

  /**
   * Id of the LDAP directory app Okta created when the integration was set up in the console
   * (Directory > Directory Integrations > LDAP; an app instance named `ldap_sun_one`, id `0oa…`).
   * May be a token, e.g. a Terraform variable.
   */
  readonly ldapAppId: string;

  /**
   * Okta user profile attribute -> LDAP app user expression, e.g.
   * `{ firstName: 'appuser.givenName', email: 'appuser.mail' }`. Rendered as one
   * `okta_profile_mapping` from the LDAP app to the default Okta user type.
   *
   * Adoption semantics of `okta_profile_mapping` (okta provider 4.20.0):
   * - it does not create a mapping: it **adopts** the one Okta made with the integration, and
   *   create fails ("no profile mappings found…") if the integration is not set up yet;
   * - on destroy it clears every property except `login` (it cannot delete the mapping), so it is
   *   protected by default: see `profileMappingRemoval`;
   * - with `deleteWhenAbsent` false (the default) properties mapped in the console but not listed
   *   here are left alone and are **not** reported as drift.
   *
   * @default - no profile mapping resource: the console's mapping is left as it is
   */
  readonly userMappings?: Record<string, string>;

  /**
   * LDAP group -> Okta group mappings. Each becomes an `okta_group` and an `okta_group_rule`
   * `isMemberOfAnyGroup("<id of the imported LDAP group>")`; the LDAP group is looked up exactly
   * (`data okta_groups`, type APP_GROUP, exact name) and the plan stops if it is missing.
   * @default - none
   */
  readonly groupMappings?: LdapGroupMapping[];

  /**
   * Imported LDAP groups that carry Okta admin roles (`okta_group_role` on the imported group).
   * @default - none
   */
  readonly roleMappings?: LdapRoleMapping[];

  /**
   * The Okta password policy for LDAP users (`okta_policy_password`, `auth_provider = "LDAP"`).
   * @default - no password policy
   */
  readonly passwordPolicy?: LdapPasswordPolicy;

  /**
   * Chain group rules with `depends_on`, each on the previous one, so Terraform creates them one at
   * a time. The chain runs through the rules of every integration in the stack (that has not turned
   * it off), in construction order, so two integrations' rules never run in parallel either. Okta
   * answers parallel rule changes with HTTP 423 "Policy lock exception" and provider 4.20.0 does not
   * retry (okta/terraform-provider-okta#2151). Adding or removing an integration changes only the
   * `depends_on` of one rule, which replaces nothing. Turning it off makes applies faster where the
   * org never locks.
   * @default true
   */
  readonly chainGroupRules?: boolean;

  /**
   * `delete_when_absent` of the profile mapping: when true, properties mapped in the console but not
   * in `userMappings` are removed on apply (and show as drift).
   * @default false
   */
  readonly deleteWhenAbsent?: boolean;

  /**
   * What happens to the LDAP app's profile mapping when this stack would destroy its
   * `okta_profile_mapping` (`cdktf destroy`, `userMappings` emptied or removed, a new `ldapAppId`).
   * The provider's destroy clears every property of the mapping except `login`, managed here or not.
   * PROTECT adds `prevent_destroy` and, without `userMappings`, a `removed` block that makes
   * Terraform forget the mapping instead (Terraform >= 1.7); CLEAR lets the destroy clear it.
   * @default ProfileMappingRemoval.PROTECT
   */
  readonly profileMappingRemoval?: ProfileMappingRemoval;

  /**
   * Treat validation warnings as errors (synth fails on any of them that is not suppressed).
   * @default false
   */
  readonly strict?: boolean;

  /**
   * Warnings acknowledged on purpose, in the style of cdk-nag: `[{ id: 'OKLDAP-111', reason: '…' }]`.
   * Every warning of a listed rule on this integration is reported as suppressed with the reason
   * (an info annotation, the manifest's `suppressedWarnings`, the `report`) instead of as a warning,
   * and `strict` no longer fails on it. Only warning rules can be suppressed, and a reason is
   * required (OKLDAP-401).
   * @default - none: every warning is reported as a warning
   */
  readonly suppressions?: ValidationSuppression[];

  /**
   * Sensitive Terraform variable holding the LDAP bind password.
   * @default - a sensitive string variable created here (construct id `BindPassword`, Terraform
   *   name `<manifest key>_bind_password` with `-`, `.` and `/` made `_`, no default: set
   *   `TF_VAR_<name>` or answer the prompt)
   */
  readonly bindPassword?: TerraformVariable;

  /**
   * Add the preflight guard: a `terraform_data` resource that checks the live directory at apply
   * time, before any Okta resource of this integration (they all depend on it).
   * @default true
   */
  readonly preflightGuard?: boolean;

  /**
   * Path of an adoption file (relative to the folder synth runs in): ids of Okta objects made by
   * hand that this integration takes over with Terraform `import` blocks instead of creating them
   * again. `cdktf-okta-ldap adopt --write FILE` writes it. Validated (OKLDAP-301 to 304). After the
   * first deploy it can be deleted: only the import blocks go, nothing else in the plan changes.
   * @default - no adoption file: every resource is created (unless `adoption` is set)
   */
  readonly adoptionFile?: string;

  /**
   * The ids of an adoption file given inline instead (same content, without `schema`).
   * @default - none (see `adoptionFile`)
   */
  readonly adoption?: OktaAdoption;

  /**
   * Options of the preflight guard (CA bundle, timeout, example user, runner path).
   * @default - the guard's defaults: system trust store, the preflight's timeout, no example user
   */
  readonly preflightGuardOptions?: PreflightGuardOptions;

  /**
   * The okta provider every Okta resource and data source of this integration uses, e.g. an
   * aliased `new OktaProvider(stack, 'okta-preview', { alias: 'preview' })` to target a second
   * Okta org from the same stack (`provider = okta.preview` in the plan).
   * @default - the stack's default (unaliased) okta provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The Okta LDAP directory integration as code: validated settings, the Okta-side resources built
 * from the mappings, a preflight guard, outputs for the admin, and a manifest for the CLI.
 *
 * Resources (construct ids are derived from mapping content, so reordering mappings replaces
 * nothing): `LdapGroup-<ldap group>` (data okta_groups, one per distinct LDAP group),
 * `Group-<okta group>` and `GroupRule-<okta group>` per group mapping,
 * `GroupRole-<ldap group>-<role>` per role mapping, `SchemaProperty-<property>` per extra
 * attribute, `DefaultUserType` + `ProfileMapping`, `PasswordPolicy`, `BindPassword`,
 * `PreflightGuard`, `LdapAppIdOutput`, `ConsoleSettingsOutput`, `WindowsTls12ScriptOutput`.
 *
 * Invalid settings throw `OktaLdapValidationError` (every violation, each with its rule id) from the
 * constructor; warnings become cdktf annotations (errors with `strict`).
 */
export class OktaLdapIntegration extends Construct {
  /** The settings with every default filled in. */
  public readonly settings: ResolvedLdapDirectorySettings;
  /**
   * Key of this integration in its stack's manifest: the construct id, or the construct path below
   * the stack when another integration of the stack has the same id (whichever was built first).
   */
  public readonly manifestKey: string;
  /** The sensitive variable carrying the bind password. */
  public readonly bindPassword: TerraformVariable;
  /**
   * Validation warnings no suppression names (also annotations and manifest entries).
   *
   * @jsii ignore (TypeScript-only: other languages read them in the annotations and the manifest)
   */
  public readonly warnings: readonly Violation[];
  /**
   * Warnings acknowledged by `suppressions`, with the reason (info annotations and manifest entries).
   *
   * @jsii ignore (TypeScript-only: other languages read them in the annotations and the manifest)
   */
  public readonly suppressedWarnings: readonly SuppressedViolation[];
  /**
   * The preflight guard, unless the prop `preflightGuard` is false.
   *
   * @jsii ignore (TypeScript-only: the guard construct is built from the props)
   */
  public readonly guard?: PreflightGuard;
  /** Okta groups created by group mappings, in mapping order. */
  public readonly groups: Group[];
  /** Group rules, in mapping order. */
  public readonly groupRules: GroupRule[];
  /** Admin roles of imported LDAP groups, in mapping order. */
  public readonly groupRoles: GroupRole[];
  /** App user schema properties for extra LDAP attributes. */
  public readonly schemaProperties: AppUserSchemaProperty[];
  /** The profile mapping, when `userMappings` has entries. */
  public readonly profileMapping?: ProfileMapping;
  /** The LDAP password policy, when `passwordPolicy` is set. */
  public readonly passwordPolicy?: PolicyPassword;
  /**
   * Idempotent PowerShell script that sets the four SCHANNEL values enabling TLS 1.2, which the Okta
   * LDAP agent requires on Windows (the same text as `cdktf-okta-ldap agent-host
   * --print-windows-tls12`); e.g. for the user data of the VM that will run the agent. Also the
   * output `<id>_windows_tls12_script`.
   */
  public readonly windowsTls12Script: string;
  /** The okta provider given in props; unset means the stack's default okta provider. */
  public readonly provider?: TerraformProvider;

  /** The settings and mappings of this integration, built once from the props. */
  private readonly model: IntegrationModel;
  /** The manifest fields known before the resources are added. */
  private readonly manifestBase: IntegrationManifestBase;
  /** Id references of imported LDAP groups (one exact lookup each), by `ldapGroupKey`. */
  private readonly ldapGroupIds = new Map<string, string>();
  private readonly created: { resource: TerraformResource; purpose: string }[] = [];
  /** `props.ldapAppId`, as given. */
  private readonly ldapAppId: string;
  /** The LDAP app id as an operand of Terraform expressions (made on first use). */
  private appOperand?: string;
  /** Import ids of the resources that adopt existing Okta objects. */
  private imported = new Map<TerraformResource, string>();
  /** `depends_on` reference to the preflight guard, when there is one. */
  private guardDependency?: string;
  /** Manifest key and Terraform identifier prefix of this integration's variable and outputs. */
  private names: IntegrationNames;
  /** The bind password variable, when this integration made it (it is named after the integration). */
  private readonly ownBindPassword?: TerraformVariable;
  /** The outputs, with the suffix of their Terraform names. */
  private readonly outputs: [TerraformOutput, string][] = [];

  constructor(scope: Construct, id: string, props: OktaLdapIntegrationProps) {
    // A second copy of constructs or cdktf (a stale lockfile) fails here, clearly, not deep in synth.
    super(requireSinglePackageCopies(scope, id), id);
    if (props.provider !== undefined) checkOktaProvider(this.node.path, props.provider);
    this.ldapAppId = props.ldapAppId;
    this.model = integrationModel({ ...props, settings: props.directory });
    this.settings = this.model.settings;
    const adoption = adoptionSource(props.adoptionFile, props.adoption);
    const namePlan = planIntegrationNames(this);
    const validation = this.validate(id, props, adoption, namePlan.collision);
    this.warnings = validation.warnings;
    this.suppressedWarnings = validation.suppressed;
    this.names = namePlan.names;
    this.manifestKey = namePlan.names.key;
    namePlan.commit((names) => this.rename(names));
    if (props.bindPassword === undefined) {
      this.ownBindPassword = addBindPasswordVariable(this, this.tfName('bind_password'));
      this.bindPassword = this.ownBindPassword;
    } else {
      this.bindPassword = props.bindPassword;
    }
    this.manifestBase = this.describe(props);
    // Construction order is the order of the resources in the synthesized JSON: keep it.
    if (props.preflightGuard !== false) this.guard = this.addGuard(props.preflightGuardOptions);
    const ldapAppId = terraformLiteral(props.ldapAppId);
    this.schemaProperties = this.addSchemaProperties(ldapAppId);
    this.profileMapping = this.addProfileMapping(props, ldapAppId);
    this.addAppReplaceTrigger(ldapAppId);
    const groupMappings = this.addGroupMappings(props.chainGroupRules !== false, props.provider);
    this.groups = groupMappings.groups;
    this.groupRules = groupMappings.rules;
    this.groupRoles = this.addRoleMappings();
    if (this.model.passwordPolicy !== undefined) {
      this.passwordPolicy = this.addPasswordPolicy(this.model.passwordPolicy, groupMappings.groupIds);
    }
    if (adoption !== undefined) this.imported = this.adopt(adoption, props.provider);
    this.windowsTls12Script = windowsTls12PowerShell();
    this.addOutputs(ldapAppId);
    if (props.provider !== undefined) {
      this.provider = props.provider;
      useOktaProvider(this, props.provider);
    }
    writeManifest(this, this.manifestKey, () => this.manifest);
  }

  /** Takes new names (a later integration of the stack has the same id): manifest key, variable, outputs, guard. */
  private rename(names: IntegrationNames): void {
    this.names = names;
    (this as unknown as { manifestKey: string }).manifestKey = names.key;
    this.ownBindPassword?.overrideLogicalId(this.tfName('bind_password'));
    for (const [output, suffix] of this.outputs) output.overrideLogicalId(this.tfName(suffix));
    if (this.guard !== undefined) renameGuardedIntegration(this.guard, names.key);
  }

  /**
   * The manifest this integration writes into its stack (resources and warnings included).
   *
   * @jsii ignore (TypeScript-only: other languages read the manifest in the synthesized stack)
   */
  public get manifest(): IntegrationManifest {
    const resources: ManifestResource[] = this.created.map(({ resource, purpose }) => {
      const importId = this.imported.get(resource);
      return {
        type: resource.terraformResourceType,
        address: terraformAddress(resource),
        purpose,
        ...(importId !== undefined ? { importId } : {}),
      };
    });
    const warnings: ManifestWarning[] = this.warnings.map(manifestWarning);
    const suppressedWarnings = this.suppressedWarnings.map(({ violation, reason }) => ({
      ...manifestWarning(violation),
      reason,
    }));
    return {
      ...this.manifestBase,
      // Known at synth: a later integration of the stack with the same id renames this one.
      id: this.manifestKey,
      bindPasswordVariable: this.bindPassword.friendlyUniqueId,
      resources,
      warnings,
      ...(suppressedWarnings.length > 0 ? { suppressedWarnings } : {}),
    };
  }

  /**
   * Runs the validation rules; throws on errors (and on unsuppressed warnings when strict); returns
   * the warnings and the suppressed warnings.
   */
  private validate(
    id: string,
    props: OktaLdapIntegrationProps,
    adoption: AdoptionSource | undefined,
    terraformNameCollision: TerraformNameCollision | undefined,
  ): ValidationResult {
    const result = validateIntegration({
      ...this.model,
      ...(adoption !== undefined ? { adoption } : {}),
      ...(props.suppressions !== undefined ? { suppressions: props.suppressions } : {}),
      ...(props.preflightGuard !== false && props.preflightGuardOptions?.timeoutSeconds !== undefined
        ? { preflightGuardTimeoutSeconds: props.preflightGuardOptions.timeoutSeconds }
        : {}),
      integrationId: id,
      ldapAppId: props.ldapAppId,
      scopeIds: this.scopeIds(),
      ...(terraformNameCollision !== undefined ? { terraformNameCollision } : {}),
    });
    const errors = props.strict ? [...result.errors, ...result.warnings] : [...result.errors];
    if (errors.length === 0) {
      const { groupMappings, roleMappings, settings } = this.model;
      errors.push(...constructIdCollisions(groupMappings, roleMappings, settings.user.extraAttributes));
    }
    if (errors.length > 0) throw new OktaLdapValidationError(this.node.path, errors);
    for (const warning of result.warnings) Annotations.of(this).addWarning(formatViolation(warning));
    for (const { violation, reason } of result.suppressed) {
      Annotations.of(this).addInfo(`suppressed (${reason}): ${formatViolation(violation)}`);
    }
    return result;
  }

  /** The Terraform name `<identifier>_<suffix>` of a variable or output. */
  private tfName(suffix: string): string {
    return `${this.names.identifier}_${suffix}`;
  }

  /** The manifest fields known before the resources: the model, where it is and how it is built. */
  private describe(props: OktaLdapIntegrationProps): IntegrationManifestBase {
    return {
      schema: MANIFEST_SCHEMA,
      id: this.manifestKey,
      path: this.node.path,
      ldapAppId: props.ldapAppId,
      ...this.model,
      ...(props.deleteWhenAbsent === true ? { deleteWhenAbsent: true } : {}),
      ...(props.profileMappingRemoval === ProfileMappingRemoval.CLEAR
        ? { profileMappingRemoval: ProfileMappingRemoval.CLEAR }
        : {}),
      // Read at synth (see `manifest`): reading the variable's name here would fix it before a
      // later integration with the same id renames this one.
      bindPasswordVariable: '',
    };
  }

  /** Adds the preflight guard, which every Okta resource added after it depends on (see `track`). */
  private addGuard(options: PreflightGuardOptions | undefined): PreflightGuard {
    const guard = new PreflightGuard(this, GUARD_CONSTRUCT_ID, {
      ...options,
      model: this.model,
      integrationId: this.manifestBase.id,
      integrationPath: this.manifestBase.path,
      bindPassword: this.bindPassword,
    });
    const guardResource = guard.resource;
    // One `depends_on` entry shared by every resource below (see `track`): the guard's address,
    // produced at synth (so a later `overrideLogicalId` is seen). Same text as cdktf's
    // `dependable(guardResource)`, which would resolve through two more tokens per resource.
    this.guardDependency = Lazy.stringValue({ produce: () => terraformAddress(guardResource) });
    this.created.push({ resource: guardResource, purpose: 'preflight: checks the LDAP directory first' });
    return guard;
  }

  /** One app user schema property per extra LDAP attribute. */
  private addSchemaProperties(ldapAppId: string): AppUserSchemaProperty[] {
    return this.settings.user.extraAttributes.map((attribute) =>
      this.track(
        addExtraAttribute(this, ldapAppId, attribute),
        `app user schema property for LDAP attribute ${attribute.ldapAttribute}`,
      ),
    );
  }

  /**
   * The profile mapping of the user mappings, when there are any; without them, a protected mapping
   * gets a `removed` block instead (Terraform forgets it rather than clearing it).
   */
  private addProfileMapping(props: OktaLdapIntegrationProps, ldapAppId: string): ProfileMapping | undefined {
    const protect =
      (props.profileMappingRemoval ?? ProfileMappingRemoval.PROTECT) === ProfileMappingRemoval.PROTECT;
    const userMappings = this.model.userMappings;
    if (Object.keys(userMappings).length === 0) {
      if (protect) new ProfileMappingRemovedBlock(this, PROFILE_MAPPING_ID);
      return undefined;
    }
    const { mapping } = addProfileMapping(this, {
      ldapAppId,
      userMappings,
      deleteWhenAbsent: props.deleteWhenAbsent ?? false,
      dependsOn: [...this.schemaProperties],
      preventDestroy: protect,
    });
    return this.track(mapping, 'profile mapping: LDAP app user -> Okta user');
  }

  /**
   * Replaces what belongs to the LDAP app (schema properties, profile mapping) when `ldapAppId`
   * changes. source_id / target_id and app_id are not ForceNew (okta/resource_okta_profile_mapping.go:27-51,
   * okta/resource_okta_app_user_custom_schema_property.go:37-41, v4.20.0): an update with a new app
   * id would write into the old app's mapping (update goes to the mapping of the current id,
   * :152-175).
   */
  private addAppReplaceTrigger(ldapAppId: string): void {
    const appBound: TerraformResource[] = [
      ...this.schemaProperties,
      ...(this.profileMapping !== undefined ? [this.profileMapping] : []),
    ];
    if (appBound.length === 0) return;
    const trigger = addReplaceTrigger(this, replaceTriggerId('LdapApp'), { ldap_app_id: ldapAppId });
    for (const resource of appBound) replaceWhenTriggerChanges(resource, trigger);
    this.created.push({
      resource: trigger,
      purpose: 'replaces what belongs to the LDAP app when ldapAppId changes',
    });
  }

  /**
   * An Okta group and its group rule per group mapping, the rules chained when `chain` is set.
   * Returns them in mapping order, with the id reference of each Okta group by `groupMappingKey`.
   */
  private addGroupMappings(
    chain: boolean,
    provider: TerraformProvider | undefined,
  ): { groups: Group[]; rules: GroupRule[]; groupIds: Map<string, string> } {
    const groups: Group[] = [];
    const rules: GroupRule[] = [];
    const groupIds = new Map<string, string>();
    const ruleChain = chain ? GroupRuleChain.of(this, provider) : undefined;
    for (const mapping of this.model.groupMappings) {
      const previous = ruleChain?.last;
      const { group, rule, groupId } = addGroupMapping(
        this,
        mapping,
        this.ldapGroupId(mapping.ldapGroup),
        previous !== undefined ? [terraformAddress(previous)] : [],
      );
      ruleChain?.add(rule);
      groups.push(this.track(group, `Okta group ${mapping.oktaGroup}`));
      rules.push(
        this.track(rule, `group rule: LDAP group ${mapping.ldapGroup} -> Okta group ${mapping.oktaGroup}`),
      );
      groupIds.set(groupMappingKey(mapping), groupId);
    }
    return { groups, rules, groupIds };
  }

  /** An admin role (and its replace trigger) per role mapping, in mapping order. */
  private addRoleMappings(): GroupRole[] {
    return this.model.roleMappings.map((mapping) => {
      const { role, trigger } = addRoleMapping(this, mapping, this.ldapGroupId(mapping.ldapGroup));
      const purpose = `admin role ${mapping.role} for LDAP group ${mapping.ldapGroup}`;
      this.created.push({
        resource: trigger,
        purpose: `replaces the ${purpose} when its notification setting or custom role changes`,
      });
      return this.track(role, purpose);
    });
  }

  /** The password policy for LDAP users, assigned to the Okta groups it names (by `groupMappingKey`). */
  private addPasswordPolicy(
    policy: LdapPasswordPolicy,
    groupIds: ReadonlyMap<string, string>,
  ): PolicyPassword {
    return this.track(
      addPasswordPolicy(this, policy, groupIds),
      'password policy for LDAP users (auth provider LDAP)',
    );
  }

  /** Import blocks for the existing Okta objects the adoption names; their import ids, by resource. */
  private adopt(
    adoption: AdoptionSource,
    provider: TerraformProvider | undefined,
  ): Map<TerraformResource, string> {
    return importAdopted(
      this,
      resolveAdoption(adoption.value),
      {
        groupMappings: this.model.groupMappings,
        groups: this.groups,
        groupRules: this.groupRules,
        roleMappings: this.model.roleMappings,
        groupRoles: this.groupRoles,
        ...(this.passwordPolicy !== undefined ? { passwordPolicy: this.passwordPolicy } : {}),
      },
      provider,
    );
  }

  /** The outputs for the admin: the LDAP app id, the console settings and the Windows TLS 1.2 script. */
  private addOutputs(ldapAppId: string): void {
    const outputs: [string, string, string, string][] = [
      ['LdapAppIdOutput', 'ldap_app_id', ldapAppId, 'Id of the Okta LDAP directory app'],
      [
        'ConsoleSettingsOutput',
        'console_settings',
        JSON.stringify(terraformLiteralDeep(this.settings)),
        'LDAP integration settings to enter in the Okta Admin Console (JSON)',
      ],
      [
        'WindowsTls12ScriptOutput',
        'windows_tls12_script',
        terraformLiteral(this.windowsTls12Script),
        'PowerShell script enabling TLS 1.2 (SCHANNEL) on a Windows Okta LDAP agent host',
      ],
    ];
    for (const [id, suffix, value, description] of outputs) {
      const output = new TerraformOutput(this, id, { value, description });
      output.overrideLogicalId(this.tfName(suffix));
      this.outputs.push([output, suffix]);
    }
  }

  /** Ids of the constructs above this one, from its stack down to its parent (checked by OKLDAP-403). */
  private scopeIds(): string[] {
    const scopes = this.node.scopes;
    return scopes.slice(scopes.indexOf(TerraformStack.of(this)), -1).map((s) => s.node.id);
  }

  /**
   * The id of an imported LDAP group, from its exact lookup; the lookup (and the reference) is made
   * once and shared by every mapping that names the group.
   */
  private ldapGroupId(ldapGroup: string): string {
    const key = ldapGroupKey(ldapGroup);
    let id = this.ldapGroupIds.get(key);
    if (id === undefined) {
      this.appOperand ??= ldapAppIdOperand(this, this.ldapAppId);
      id = ldapAppGroupId(addLdapAppGroupLookup(this, ldapGroup, this.appOperand), this.appOperand);
      this.ldapGroupIds.set(key, id);
    }
    return id;
  }

  /**
   * Records a resource for the manifest and, with the preflight guard, makes it depend on the guard
   * first (before its own dependencies). The guard reference is one token for all resources: each
   * cdktf token records a stack trace, so one per resource would cost thousands at scale.
   */
  private track<T extends TerraformResource>(resource: T, purpose: string): T {
    if (this.guardDependency !== undefined) {
      resource.dependsOn = [this.guardDependency, ...(resource.dependsOn ?? [])];
    }
    this.created.push({ resource, purpose });
    return resource;
  }
}
