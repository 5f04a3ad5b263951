import type { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import { TerraformProvider, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';

/**
 * One `depends_on` chain for the group rules of every integration in a stack, so Terraform creates,
 * changes and deletes them one at a time. Okta answers concurrent rule changes with HTTP 423
 * "Policy lock exception" (okta/terraform-provider-okta#2151), and provider 4.20.0 does not retry
 * it: `checkRetry` retries what `retryablehttp.DefaultRetryPolicy` retries (429 and 5xx), never 423
 * (okta/config.go:689-703, v4.20.0). A chain per integration would still let two integrations'
 * rules run in parallel.
 *
 * The lock is per Okta org, so there is one chain per stack and okta provider (the default provider,
 * or each aliased one an integration names in `provider`: another org).
 *
 * Each rule depends on the rule added before it in the stack, in construction order. Adding or
 * removing an integration (or a mapping) only changes the `depends_on` of the rule after it, which
 * Terraform applies in place with no change to the resource (no replacement; tested with Terraform).
 */
export class GroupRuleChain {
  private static readonly chains = new WeakMap<
    TerraformStack,
    Map<TerraformProvider | undefined, GroupRuleChain>
  >();

  /** The chain of the stack that holds `scope`, for rules written through `provider` (unset: the default). */
  public static of(scope: IConstruct, provider?: TerraformProvider): GroupRuleChain {
    const stack = TerraformStack.of(scope);
    let byProvider = GroupRuleChain.chains.get(stack);
    if (byProvider === undefined) {
      byProvider = new Map();
      GroupRuleChain.chains.set(stack, byProvider);
    }
    let chain = byProvider.get(provider);
    if (chain === undefined) {
      chain = new GroupRuleChain();
      byProvider.set(provider, chain);
    }
    return chain;
  }

  private lastRule?: GroupRule;

  private constructor() {}

  /** The rule the next rule must wait for: the last one added to the stack's chain, if any. */
  public get last(): GroupRule | undefined {
    return this.lastRule;
  }

  /** Appends a rule (created with `depends_on` on `last`). */
  public add(rule: GroupRule): void {
    this.lastRule = rule;
  }
}
