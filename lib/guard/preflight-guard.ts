import * as fs from 'fs';
import * as path from 'path';
import { AssetType, Lazy, TerraformAsset, TerraformResource, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import type { IntegrationModel } from '../model/integration-model';
import { terraformLiteralDeep } from '../terraform/terraform-literal';
import { elementValueToken } from '../terraform/value-token';
import { guardTimeoutViolations } from '../validation/rules/guard-timeout';
import { OktaLdapConfigurationError } from '../errors';
import { TerraformData } from '../terraform/terraform-data';
import { OktaLdapValidationError } from '../validation/validate-integration';
import { defaultGuardRunnerPath, GuardInvocation, guardInvocation } from './guard-command';
import { BIND_PASSWORD_ENV, GUARD_INPUT_ENV, GUARD_INPUT_EXPRESSION } from '../manifest/guard-contract';
import { buildGuardInput, GuardCheckOptions, GuardInput, sha256Hex } from './guard-input';

/** Options of the preflight guard: its runner and what its check trusts, waits for and looks up. */
export interface PreflightGuardOptions {
  /**
   * Path of the guard runner: one self-contained script that needs only `node`, absolute or relative
   * to the current directory at synth. It is copied into the stack (`assets/…`) and run from there.
   * @default - this package's bundled runner (`dist/bundle/guard-runner.js`)
   */
  readonly cliPath?: string;
  /**
   * PEM CA bundle the check trusts for the directory's certificate (for a private CA), absolute or
   * relative to the current directory at synth. It is copied into the stack (`assets/…`) like the
   * runner, so the synthesized stack holds everything the check needs.
   * @default - the system trust store (Node's default CAs)
   */
  readonly caFile?: string;
  /**
   * Overall timeout of the check, in whole seconds from 1 to 3600 (rule OKLDAP-402).
   * @default - the preflight command's own default
   */
  readonly timeoutSeconds?: number;
  /**
   * Example user (email or uid) the check looks up, like Okta's "Test configuration".
   * @default - no example user
   */
  readonly exampleUser?: string;
}

/**
 * Props of a `PreflightGuard`: the integration it checks and the guard's options.
 *
 * @jsii ignore (TypeScript-only: the integration creates its guard from its own props)
 */
export interface PreflightGuardProps extends PreflightGuardOptions {
  /**
   * The integration to check: its resolved settings and the mappings whose LDAP groups and
   * attributes the check looks up, as `integrationModel({ settings, groupMappings, … })` builds it.
   */
  readonly model: IntegrationModel;
  /**
   * Name of the integration the guard checks, recorded in its `input` and named in its output.
   * @default - the id of the guard's scope
   */
  readonly integrationId?: string;
  /**
   * Construct path of the integration the guard checks, recorded in its `input`.
   * @default - the construct path of the guard's scope
   */
  readonly integrationPath?: string;
  /** The sensitive variable holding the bind password; passed to the check through the environment only. */
  readonly bindPassword: TerraformVariable;
}

/**
 * A built-in `terraform_data` resource (no provider, Terraform >= 1.4) whose `local-exec` provisioner
 * runs the LDAP preflight before any Okta resource of the integration is created.
 *
 * - the runner is one bundled file copied into the stack as a `TerraformAsset`: `node` (>= 20) is
 *   all the machine that runs `terraform apply` needs, with or without the app's `node_modules`;
 * - `input` holds the non-secret settings and mappings (shown in the plan);
 * - `triggers_replace` is their sha256, so a change shows as a replacement and re-runs the check;
 * - the provisioner gets the bind password only through its `environment`
 *   (`LDAP_BIND_PASSWORD = var.<bind password variable>`), never on the command line, and the
 *   settings as `base64gzip(jsonencode(self.output))`: exactly what the plan showed.
 *
 * @jsii ignore (TypeScript-only: the integration creates its guard from its own props)
 */
export class PreflightGuard extends Construct {
  /** The `terraform_data` resource Okta resources depend on. */
  public readonly resource: TerraformResource;
  /**
   * The input recorded in the resource (canonical order).
   * @internal
   */
  public readonly input!: GuardInput;
  /** sha256 of the input: the resource's `triggers_replace`. */
  public readonly inputHash!: string;
  /**
   * How the provisioner starts the check: interpreter and command (no secret, no reference to one).
   * @internal
   */
  public readonly invocation: GuardInvocation;

  constructor(scope: Construct, id: string, props: PreflightGuardProps) {
    super(scope, id);
    if (props.timeoutSeconds !== undefined) {
      const violations = guardTimeoutViolations(props.timeoutSeconds, 'timeoutSeconds');
      if (violations.length > 0)
        throw new OktaLdapValidationError(this.node.path, violations, 'PreflightGuard');
    }
    const check: GuardCheckOptions = {
      ...(props.caFile !== undefined ? { caFile: asset(this, 'CaFile', props.caFile).path } : {}),
      ...(props.timeoutSeconds !== undefined ? { timeoutSeconds: props.timeoutSeconds } : {}),
      ...(props.exampleUser !== undefined ? { exampleUser: props.exampleUser } : {}),
    };
    const record = (integrationId: string): void => {
      const input = buildGuardInput(
        {
          id: integrationId,
          path: props.integrationPath ?? scope.node.path,
          settings: props.model.settings,
          userMappings: props.model.userMappings,
          groupMappings: props.model.groupMappings,
          roleMappings: props.model.roleMappings,
        },
        check,
      );
      const recorded = this as unknown as { input: GuardInput; inputHash: string };
      recorded.input = input;
      // The input's keys are in order already, so its JSON is its canonical JSON.
      recorded.inputHash = sha256Hex(JSON.stringify(input));
    };
    record(props.integrationId ?? scope.node.id);
    RECORD_INTEGRATION_ID.set(this, record);
    this.invocation = guardInvocation(
      asset(this, 'Runner', props.cliPath ?? defaultGuardRunnerPath(this.node.path)).path,
    );

    const resource = new TerraformData(this, 'Resource', {
      provisioners: [
        {
          type: 'local-exec',
          interpreter: this.invocation.interpreter,
          command: this.invocation.command,
          environment: {
            // Read at synth: the variable's name may still change (see `renameGuardedIntegration`).
            [BIND_PASSWORD_ENV]: Lazy.stringValue({ produce: () => props.bindPassword.stringValue }),
            [GUARD_INPUT_ENV]: GUARD_INPUT_EXPRESSION,
          },
        },
      ],
    });
    // terraform_data's input and triggers_replace are dynamic values: set them verbatim (domain.md traps).
    // Literal `${` / `%{` in settings (e.g. in a filter) are escaped so Terraform reads them back as text.
    // A value token: the input repeats every mapping, and cdktf's resolver would walk it at each pass.
    // Escaping copies every string: skipped when no string holds a `${` or `%{` (JSON keeps both as is).
    resource.addOverride(
      'input',
      elementValueToken(() => {
        const json = JSON.stringify(this.input);
        return json.includes('${') || json.includes('%{') ? terraformLiteralDeep(this.input) : this.input;
      }, `cdktf-okta-ldap preflight guard input of ${this.node.path}`),
    );
    resource.addOverride('triggers_replace', Lazy.stringValue({ produce: () => this.inputHash }));
    this.resource = resource;
  }
}

/**
 * A file copied into the stack's `assets/` folder; its `path` is relative to the stack's working
 * directory (where Terraform runs the provisioner) and changes when the file's content does.
 */
function asset(scope: Construct, id: string, file: string): TerraformAsset {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) {
    throw new OktaLdapConfigurationError(
      scope.node.path,
      `PreflightGuard: ${id === 'Runner' ? 'cliPath' : 'caFile'} '${file}' is not a file (resolved to ${absolute}).`,
    );
  }
  return new TerraformAsset(scope, id, { path: absolute, type: AssetType.FILE });
}

/** How each guard records the id of the integration it checks (in its input and its hash). */
const RECORD_INTEGRATION_ID = new WeakMap<PreflightGuard, (integrationId: string) => void>();

/**
 * Records a new id of the integration a guard checks (its manifest key changed because a later
 * integration of the stack has the same construct id): the guard's `input` and `inputHash` follow.
 */
export function renameGuardedIntegration(guard: PreflightGuard, integrationId: string): void {
  RECORD_INTEGRATION_ID.get(guard)?.(integrationId);
}
