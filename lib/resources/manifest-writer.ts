import { IResolvable, IResolveContext, TerraformElement, TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { IntegrationManifest, MANIFEST_COMMENT_KEY } from '../manifest/integration-manifest';

/** Names already taken by integrations in one stack. */
interface StackNames {
  readonly keys: Set<string>;
  readonly identifiers: Set<string>;
}

const NAMES = new WeakMap<TerraformStack, StackNames>();

function namesOf(stack: TerraformStack): StackNames {
  let names = NAMES.get(stack);
  if (names === undefined) {
    names = { keys: new Set(), identifiers: new Set() };
    NAMES.set(stack, names);
  }
  return names;
}

/** A Terraform identifier built from `text`: letters, digits, `_` and `-`, not starting with a digit or `-`. */
export function terraformIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Where an integration records itself in its stack, and the readable prefix of its Terraform
 * variable and output names.
 */
export interface IntegrationNames {
  /** Key under `"//"."cdktf-okta-ldap"."integrations"`: the construct id, or the full path when taken. */
  readonly key: string;
  /**
   * Readable Terraform identifier prefix (e.g. `JumpCloud`), or undefined when it would collide with
   * another integration's in the same stack (cdktf's hashed logical ids are used then).
   */
  readonly identifier: string | undefined;
}

/**
 * Reserves the manifest key and identifier prefix of one integration in its stack. The first
 * integration with a given construct id keeps the id as its key; a later one with the same id at
 * another path uses its full construct path (sanitized), so keys stay unique and stable for the
 * first.
 */
export function reserveIntegrationNames(integration: Construct): IntegrationNames {
  const stack = TerraformStack.of(integration);
  const names = namesOf(stack);
  const stackPath = stack.node.path;
  const relativePath = integration.node.path.slice(stackPath.length > 0 ? stackPath.length + 1 : 0);
  const candidates = [integration.node.id, relativePath];
  const key = candidates.find((c) => !names.keys.has(c));
  if (key === undefined) {
    // Unreachable in practice: two constructs cannot share a path.
    throw new Error(`cdktf-okta-ldap: no unique manifest key for ${integration.node.path}`);
  }
  names.keys.add(key);
  const wanted = terraformIdentifier(key);
  const identifier = names.identifiers.has(wanted) ? undefined : wanted;
  if (identifier !== undefined) names.identifiers.add(identifier);
  return { key, identifier };
}

/** Terraform address (`type.logical_id`) of a resource. */
export function terraformAddress(element: TerraformElement & { terraformResourceType: string }): string {
  return `${element.terraformResourceType}.${element.friendlyUniqueId}`;
}

/** The `integrations` object of each stack's manifest comment, shared by its integrations. */
const INTEGRATIONS = new WeakMap<TerraformStack, Record<string, unknown>>();

/**
 * Writes the manifest under `"//"."cdktf-okta-ldap"."integrations"."<key>"` of the stack. The value
 * is produced at synth, so late changes (an `overrideLogicalId`) are reflected. One override per
 * stack holds every integration, so keys may contain dots. Terraform ignores `"//"`, so nothing in it
 * needs template escaping.
 */
export function writeManifest(integration: Construct, key: string, produce: () => IntegrationManifest): void {
  const stack = TerraformStack.of(integration);
  let integrations = INTEGRATIONS.get(stack);
  if (integrations === undefined) {
    integrations = {};
    INTEGRATIONS.set(stack, integrations);
    stack.addOverride(`//.${MANIFEST_COMMENT_KEY}.integrations`, integrations);
  }
  integrations[key] = new ManifestValue(integration.node.path, produce);
}

/**
 * The manifest as a cdktf token. cdktf's resolver walks every value it resolves, a few microseconds
 * per key and string: for a manifest of thousands of mappings and resources that walk was the
 * largest part of the construct's synth overhead. This token hands its value over in a
 * post-processor (which cdktf does not walk) after resolving, with cdktf's own resolver, every
 * part that may hold a token (`resolveTokensIn`); the written JSON is the same as a full walk.
 */
class ManifestValue implements IResolvable {
  public readonly creationStack: string[];

  constructor(
    path: string,
    private readonly produce: () => IntegrationManifest,
  ) {
    this.creationStack = [`cdktf-okta-ldap manifest of ${path}`];
  }

  public resolve(context: IResolveContext): unknown {
    const manifest = this.produce();
    context.registerPostProcessor({ postProcess: (_value, ctx) => resolveTokensIn(manifest, ctx) });
    return null;
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * Marks of an encoded cdktf token in a string: string, list and map tokens contain `TfToken[`;
 * a number token renders as a float with an exponent (cdktf's number token pattern needs one of
 * `-|.+` or a digit, then `e`, then one of `-|.eE+` or a digit).
 */
const NUMBER_TOKEN_MARK = /[-|\d.+]e[-|\d.eE+]/;

function mayHoldToken(text: string): boolean {
  return (
    text.includes('TfToken[') ||
    NUMBER_TOKEN_MARK.test(text) ||
    text === Token.STRING_MAP_TOKEN_VALUE ||
    text === Token.ANY_MAP_TOKEN_VALUE
  );
}

/**
 * `value` with every part that may hold a cdktf token resolved by `context.resolve` (so exactly as
 * cdktf would), and plain strings, booleans, nulls, arrays and objects copied as they are
 * (`undefined` members dropped, as cdktf does).
 */
export function resolveTokensIn(value: unknown, context: IResolveContext): unknown {
  if (typeof value === 'string') return mayHoldToken(value) ? context.resolve(value) : value;
  if (typeof value === 'number') return context.resolve(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const tokenish = value.some(
      (item) => typeof item === 'number' || (typeof item === 'string' && mayHoldToken(item)),
    );
    if (tokenish || Token.isUnresolved(value)) return context.resolve(value);
    return value.map((item) => resolveTokensIn(item, context)).filter((item) => item !== undefined);
  }
  if (Tokenization.isResolvable(value) || Token.isUnresolved(value) || value instanceof Date) {
    return context.resolve(value);
  }
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const resolved = resolveTokensIn(member, context);
    if (resolved === undefined) continue;
    out[mayHoldToken(key) ? (context.resolve(key) as string) : key] = resolved;
  }
  return out;
}
