import { rulesWith } from './rules';
import type { ValidationRule } from '../validation-rule/validation-rule';
import { DIRECTORY_PROFILES } from '../presets/directory-profiles';

/**
 * Every validation rule, in id order: the generic rules and the rules of every directory profile
 * (OKLDAP-104 to OKLDAP-106 are JumpCloud's). A profile's rule reports nothing on settings of another
 * directory, so every integration runs this one list, and OKLDAP-401 accepts a suppression of any of
 * these rules. RULES.md lists them, the generic ones and each profile's under its own heading.
 */
export const ALL_RULES: readonly ValidationRule[] = rulesWith(DIRECTORY_PROFILES.flatMap((p) => p.rules));
