import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../lib/settings/schema';
import { updateSettings, watchSettings } from '../../lib/settings/store';

beforeEach(() => fakeBrowser.reset());

describe('watching the settings', () => {
  it('hands each change over with the settings before it, so a listener can tell what changed', async () => {
    const seen: [Settings, Settings][] = [];
    const abort = new AbortController();
    watchSettings((next, previous) => seen.push([next, previous]), abort.signal);
    await updateSettings({ extraOutlookOrigins: ['https://mail.contoso.com'] });
    await updateSettings({ extraOutlookOrigins: ['https://mail.contoso.com', 'https://owa.example.org'] });
    await expect.poll(() => seen.length).toBe(2);
    expect(seen[0][1].extraOutlookOrigins).toEqual([]);
    expect(seen[1][1].extraOutlookOrigins).toEqual(['https://mail.contoso.com']);
    expect(seen[1][0].extraOutlookOrigins).toEqual(['https://mail.contoso.com', 'https://owa.example.org']);
    abort.abort();
  });
});
