import { showHidden } from '../../text/untrusted-text';
import type { IntegrationValidationInput, ValidationRule } from '../../validation-rule/validation-rule';
import { describeHiddenCharacters, hiddenCharactersOfName, refusedInConstructId } from './hidden-in-names';
import { isCheckableString, violation } from '../../validation-rule/rule-support';
import { constructIdNames } from './safe-ids';
import { textFields } from './text-fields';

/** Paths of the names OKLDAP-403 refuses (a hidden character in a construct id): reported there only. */
function refusedAsConstructIds(input: IntegrationValidationInput): Set<string> {
  return new Set(
    constructIdNames(input)
      .filter(
        ({ value }) => isCheckableString(value) && hiddenCharactersOfName(value).some(refusedInConstructId),
      )
      .map(({ path }) => path),
  );
}

/**
 * OKLDAP-215: no string the integration takes holds a hidden character: a control, bidi,
 * zero-width or other format character, a space other than U+0020, a lone surrogate (what
 * `hiddenCharacters` reports), in any setting (DNs, filters, hosts, attribute names, object
 * classes…), mapping name or expression, password policy field, or adoption key. The joiners that
 * Persian or Indic words and emoji sequences need are not reported. One violation per value; a name
 * that OKLDAP-403 refuses as part of a construct id is reported there instead.
 */
export const hiddenCharactersRule: ValidationRule = {
  id: 'OKLDAP-215',
  severity: 'warning',
  title: 'A name, DN, filter or other setting holds a hidden character',
  check(input) {
    const refused = refusedAsConstructIds(input);
    return textFields(input).flatMap(({ path, value, what }) => {
      if (!isCheckableString(value) || refused.has(path)) return [];
      const found = hiddenCharactersOfName(value);
      if (found.length === 0) return [];
      const one = new Set(found.map((h) => h.codePoint)).size === 1;
      return [
        violation(
          hiddenCharactersRule,
          showHidden(path),
          value,
          `${what !== undefined ? `${what} ` : ''}'${showHidden(value)}' holds ${one ? 'a hidden character' : 'hidden characters'}, shown here as ${describeHiddenCharacters(found)}`,
          `Remove the ${one ? 'character; it' : 'characters; they'} can make two names look equal or make a review show something other than what Terraform applies`,
        ),
      ];
    });
  },
};
