import { describe, expect, it } from 'vitest';
import { matchPatternFor, outlookServerOrigin } from '../../lib/settings/outlook-servers';

describe('other Outlook servers', () => {
  it.each([
    ['mail.contoso.com', 'https://mail.contoso.com'],
    ['https://mail.contoso.com/owa/', 'https://mail.contoso.com'],
    ['  HTTPS://Outlook.Office365.us/mail  ', 'https://outlook.office365.us'],
    ['https://owa.example.org:8443/owa', 'https://owa.example.org:8443'],
  ])('keeps the origin of %s', (input, origin) => {
    expect(outlookServerOrigin(input)).toBe(origin);
    expect(matchPatternFor(origin)).toBe(`${origin}/*`);
  });

  it.each(['', 'localhost', 'http://mail.contoso.com', 'ftp://mail.contoso.com', 'https://user:pw@mail.contoso.com', 'not a url at all'])(
    'refuses %j',
    (input) => {
      expect(outlookServerOrigin(input)).toBeNull();
    },
  );
});
