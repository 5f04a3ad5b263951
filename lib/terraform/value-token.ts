import { IResolvable, IResolveContext, Token, Tokenization } from 'cdktf';

/**
 * A large JSON-like value (a manifest, the guard's input) as a cdktf token, produced at synth.
 *
 * cdktf's resolver walks every value it resolves, a few microseconds per key and string; for values
 * with thousands of entries that walk is a large part of synth time. This token hands its value
 * over in a post-processor, which cdktf does not walk, after resolving with cdktf's own resolver
 * every part that may hold a token (`resolveTokensIn`). The synthesized JSON is the same as with a
 * plain value or `Lazy.anyValue`.
 *
 * @param produce called at each resolution (late changes, e.g. an `overrideLogicalId`, are seen)
 * @param description shown as the token's creation stack in cdktf resolution errors
 */
export function valueToken(produce: () => unknown, description: string): IResolvable {
  return new ValueToken(produce, [description]);
}

/**
 * Like `valueToken`, for a value inside a resource (e.g. an `addOverride` of the resource). cdktf
 * resolves each resource on its own, merges the results into the stack and then resolves the whole
 * stack once more (cdktf `TerraformStack.toTerraform`), which would walk a plain value a second time.
 * This token therefore comes out of the first resolution as a token again (holding the value, and
 * serialising to it with `JSON.stringify`), and gives the value itself only at the next one.
 */
export function elementValueToken(produce: () => unknown, description: string): IResolvable {
  return new ElementValueToken(produce, [description]);
}

/**
 * A token whose value `produce` gives at each resolution; the two kinds differ in when they hand it
 * over (see `valueToken` and `elementValueToken`).
 */
abstract class ProducedValueToken implements IResolvable {
  constructor(
    protected readonly produce: () => unknown,
    public readonly creationStack: string[],
  ) {}

  public abstract resolve(context: IResolveContext): unknown;

  public toString(): string {
    return Token.asString(this);
  }
}

class ElementValueToken extends ProducedValueToken {
  public resolve(context: IResolveContext): unknown {
    const value = this.produce();
    const creationStack = this.creationStack;
    context.registerPostProcessor({ postProcess: () => new ValueToken(() => value, creationStack) });
    return null;
  }
}

class ValueToken extends ProducedValueToken {
  public resolve(context: IResolveContext): unknown {
    const value = this.produce();
    context.registerPostProcessor({ postProcess: (_resolved, ctx) => resolveTokensIn(value, ctx) });
    return null;
  }

  /** A token left in an element's resolved configuration serialises to its value. */
  public toJSON(): unknown {
    return this.produce();
  }
}

/**
 * Marks of an encoded cdktf token in a string: string, list and map tokens contain `TfToken[`; a
 * number token renders as a float with an exponent (cdktf's number token pattern: one of `-|.+` or
 * a digit, then `e`, then one of `-|.eE+` or a digit).
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
