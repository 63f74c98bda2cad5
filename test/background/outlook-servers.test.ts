import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncOutlookServerScripts } from '../../entrypoints/background/outlook-servers';

let registered: { id: string; matches: string[]; js: string[] }[];
let allowed: Set<string>;

function withScripting() {
  Object.assign(fakeBrowser, {
    permissions: { resetState() {}, contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => allowed.has(o))) },
    scripting: {
      resetState() {},
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id)))),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
    },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  allowed = new Set();
});

describe('content script on other Outlook servers', () => {
  it('does nothing until the user granted scripting with a server', async () => {
    Object.assign(fakeBrowser, { scripting: { resetState() {} } });
    await expect(syncOutlookServerScripts(['https://mail.contoso.com'])).resolves.toBeUndefined();
  });

  it('registers the sidebar for the servers the user allowed, and only those', async () => {
    withScripting();
    allowed.add('https://mail.contoso.com/*');
    await syncOutlookServerScripts(['https://mail.contoso.com', 'https://owa.not-granted.org']);
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['https://mail.contoso.com/*']);
    expect(registered[0].js).toEqual(['sidebar-app.js', 'content-scripts/outlook.js']);

    await syncOutlookServerScripts([]);
    expect(registered).toEqual([]);
  });
});
