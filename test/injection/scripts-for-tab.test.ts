import { describe, expect, it } from 'vitest';
import { scriptsForTab } from '../../lib/injection/scripts-for-tab';

describe('which scripts a loaded tab gets', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', ['/content-scripts/gmail.js']],
    ['https://outlook.office.com/mail/inbox', ['/content-scripts/outlook.js']],
    ['https://outlook.live.com/mail/0/', ['/content-scripts/outlook.js']],
    ['https://outlook.cloud.microsoft/mail/', ['/content-scripts/outlook.js']],
  ])('%s', (url, files) => {
    expect(scriptsForTab(url, [])).toEqual(files);
  });

  it('gives a server the user added the sidebar app too, matched by its whole origin, port included', () => {
    const servers = ['https://mail.contoso.com', 'https://owa.example.org:8443'];
    expect(scriptsForTab('https://mail.contoso.com/owa/#path=/mail', servers)).toEqual(['/sidebar-app.js', '/content-scripts/outlook.js']);
    expect(scriptsForTab('https://owa.example.org:8443/owa/', servers)).toEqual(['/sidebar-app.js', '/content-scripts/outlook.js']);
    expect(scriptsForTab('https://owa.example.org/owa/', servers)).toBeNull();
    expect(scriptsForTab('https://mail.contoso.com.evil.org/', servers)).toBeNull();
  });

  it.each(['http://mail.google.com/mail/', 'https://google.com/', 'https://mail.google.com.evil.org/', 'chrome://newtab/', 'about:blank', 'not a url', ''])(
    'leaves %j alone',
    (url) => {
      expect(scriptsForTab(url, ['https://mail.contoso.com'])).toBeNull();
    },
  );
});
