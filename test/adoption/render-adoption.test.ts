import { renderAdoptionText } from '../../lib/adoption/render-adoption';
import { ADOPTION_SCHEMA } from '../../lib/adoption/adoption-file';

test('names from the app and from Okta keep to their line and column: hidden characters are shown', () => {
  const text = renderAdoptionText(
    {
      findings: [
        {
          resource: 'okta_group',
          mapping: 'groupMappings[0]',
          name: 'Help\u202edesk\n\u001b[32mok',
          status: 'conflict',
          detail: 'a group named Help\u202edesk exists\r',
          fix: 'rename\u200b it',
        },
      ],
      adoption: { schema: ADOPTION_SCHEMA },
    },
    { stack: 'org', integration: 'JumpCloud', orgUrl: 'https://acme.okta.com' },
  );
  expect(text).toContain('conflict  okta_group  Help<U+202E>desk<U+000A><U+001B>[32mok  -\n');
  expect(text).toContain('    groupMappings[0]: a group named Help<U+202E>desk exists<U+000D>\n');
  expect(text).toContain('    fix: rename<U+200B> it\n');
  expect([...Buffer.from(text)].filter((b) => b < 0x20 && b !== 0x0a)).toEqual([]);
});
