import type { ValidationRule } from '../validation-rule';

/** Every rule, in id order. */
export const ALL_RULES: readonly ValidationRule[] = [];
