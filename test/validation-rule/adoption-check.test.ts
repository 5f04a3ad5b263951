import { adoptionCheck } from '../../lib/validation-rule/adoption-check';
import { defineRule } from '../../lib/validation-rule/define-rule';
import { FILE, withAdoption } from '../validation/rules/adoption-fixtures';
import { input, run } from '../validation/rules/rule-fixtures';

/** A rule that reports one shape problem and one entry problem of any adoption input. */
const adoptionRule = defineRule('OKLDAP-399', {
  severity: 'error',
  title: 'Adoption test rule',
  check: adoptionCheck((source, i, report) => {
    report.shape(undefined, source.source, 'is unreadable', 'shape fix');
    report.shape('schema', 'x', '"schema" is wrong', 'schema fix');
    report.entry('groupMappings.Engineering.group', i.groupMappings.length, 'id is bad', 'entry fix');
  }),
});

describe('adoptionCheck', () => {
  test('runs nothing when the integration has no adoption input', () => {
    expect(run(adoptionRule, input())).toEqual([]);
  });

  test('places problems in an adoption file: path after #, message naming the file (and the key of an entry)', () => {
    expect(run(adoptionRule, withAdoption({ value: {} })).map((v) => [v.path, v.message, v.fix])).toEqual([
      [FILE, `adoption file '${FILE}': is unreadable`, 'shape fix'],
      [`${FILE}#schema`, `adoption file '${FILE}': "schema" is wrong`, 'schema fix'],
      [
        `${FILE}#groupMappings.Engineering.group`,
        `adoption file '${FILE}', key groupMappings.Engineering.group: id is bad`,
        'entry fix',
      ],
    ]);
  });

  test('places problems in the adoption prop as property paths', () => {
    const fromProp = { ...input(), adoption: { source: 'adoption', value: {}, fromProp: true } };
    expect(run(adoptionRule, fromProp).map((v) => [v.path, v.message])).toEqual([
      ['adoption', 'the adoption prop: is unreadable'],
      ['adoption.schema', 'the adoption prop: "schema" is wrong'],
      [
        'adoption.groupMappings.Engineering.group',
        'the adoption prop, key groupMappings.Engineering.group: id is bad',
      ],
    ]);
  });
});
