import { showHidden } from '../../text/untrusted-text';
import { defineRule } from '../../validation-rule/define-rule';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';
import { hiddenInName, refusedInConstructId } from './hidden-in-names';
import { constructIdNames } from './safe-ids';
import { textFields } from './text-fields';

/** Paths of the names OKLDAP-403 refuses (a hidden character in a construct id): reported there only. */
function refusedAsConstructIds(input: IntegrationValidationInput): Set<string> {
  return new Set(
    constructIdNames(input)
      .filter(({ value }) => hiddenInName(value, refusedInConstructId) !== undefined)
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
export const hiddenCharactersRule = defineRule('OKLDAP-215', {
  severity: 'warning',
  title: 'A name, DN, filter or other setting holds a hidden character',
  check(input, report) {
    const refused = refusedAsConstructIds(input);
    for (const { path, value, what } of textFields(input)) {
      const hidden = refused.has(path) ? undefined : hiddenInName(value);
      if (hidden === undefined) continue;
      report(
        showHidden(path),
        value,
        `${what !== undefined ? `${what} ` : ''}'${showHidden(hidden.name)}' holds ${hidden.single ? 'a hidden character' : 'hidden characters'}, shown here as ${hidden.described}`,
        `Remove the ${hidden.single ? 'character; it' : 'characters; they'} can make two names look equal or make a review show something other than what Terraform applies`,
      );
    }
  },
});
