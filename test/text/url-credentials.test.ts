import { REDACTED_URL, urlAsShown, urlHoldsCredentials } from '../../lib/text/url-credentials';

describe('a URL that may hold credentials', () => {
  test.each([
    'http://user:s3cret@proxy:99999',
    'ftp://u:s3cret@h',
    'socks5://u:s3cret@p:1080',
    'http://admin:s3cret@acme.okta.com',
    'user:s3cret@proxy:3128',
    'http://u:s3/cret@proxy:3128',
    'http://user@proxy:3128',
    'not a url @ all',
  ])('%s is found in the text, parsed or not, and never shown', (value) => {
    expect(urlHoldsCredentials(value)).toBe(true);
    expect(urlAsShown(value)).toBe(REDACTED_URL);
  });

  test.each(['https://acme.okta.com', 'http://proxy.example.com:3128', 'proxy:99999', ''])(
    '%p holds none and is shown as it is',
    (value) => {
      expect(urlHoldsCredentials(value)).toBe(false);
      expect(urlAsShown(value)).toBe(value);
    },
  );
});
