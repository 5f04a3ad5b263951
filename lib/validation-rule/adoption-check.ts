/**
 * The shared frame of the adoption rules (OKLDAP-301 to OKLDAP-304): they run only when the
 * integration has adoption input, and place each problem inside it. Not a rule itself.
 */
import { adoptionName, adoptionPath, type AdoptionSource } from '../adoption/adoption-file';
import type { RuleCheck } from './define-rule';
import type { IntegrationValidationInput } from './validation-rule';

/** Reports a problem of the adoption input at a key path inside it (`groupMappings.Admins.group`). */
export interface AdoptionReport {
  /**
   * A problem of the input's shape at `key` (or of the whole input, for no key); the message reads
   * `adoption file 'x.json': <message>`.
   */
  readonly shape: (key: string | undefined, value: unknown, message: string, fix: string) => void;
  /** A problem of the entry at `key`; the message reads `adoption file 'x.json', key <key>: <message>`. */
  readonly entry: (key: string, value: unknown, message: string, fix: string) => void;
}

/** The check of an adoption rule: `check` runs only when there is adoption input (a file or the prop). */
export function adoptionCheck(
  check: (source: AdoptionSource, input: IntegrationValidationInput, report: AdoptionReport) => void,
): RuleCheck {
  return (input, report) => {
    const source = input.adoption;
    if (source === undefined) return;
    const name = adoptionName(source);
    check(source, input, {
      shape: (key, value, message, fix) =>
        report(adoptionPath(source, key), value, `${name}: ${message}`, fix),
      entry: (key, value, message, fix) =>
        report(adoptionPath(source, key), value, `${name}, key ${key}: ${message}`, fix),
    });
  };
}
