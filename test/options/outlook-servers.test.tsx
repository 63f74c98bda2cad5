// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { getSettings } from '../../lib/settings/store';
import { byLabel, button, click, type, waitFor } from '../dashboard/dom';

let container: HTMLElement;
let request: ReturnType<typeof vi.fn>;
let removed: string[][];

beforeEach(() => {
  fakeBrowser.reset();
  removed = [];
  request = vi.fn(async () => true);
  // The fake browser has no permissions prompt: stand in for the user's answer.
  Object.assign(fakeBrowser, {
    permissions: { request, remove: vi.fn(async ({ origins }: { origins: string[] }) => (removed.push(origins), true)) },
  });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

/** Settings are saved after a short debounce: read them until they say `expected`. */
async function storedServers(expected: string[]): Promise<string[]> {
  for (let i = 0; i < 100; i += 1) {
    const now = (await getSettings()).extraOutlookOrigins;
    if (JSON.stringify(now) === JSON.stringify(expected)) return now;
    await new Promise((r) => setTimeout(r, 20));
  }
  return (await getSettings()).extraOutlookOrigins;
}

async function addServer(address: string) {
  const field = await waitFor(() => container.querySelector('input') && byLabel<HTMLInputElement>(container, 'Server address'));
  await type(field, address);
  await click(button(container, 'Add server'));
}

describe('other Outlook servers in settings', () => {
  it('asks the browser for that one server and keeps it once allowed', async () => {
    render(<OptionsApp debounceMs={5} />, container);
    await addServer('mail.contoso.com/owa');
    expect(request).toHaveBeenCalledWith({ origins: ['https://mail.contoso.com/*'] });
    expect(await storedServers(['https://mail.contoso.com'])).toEqual(['https://mail.contoso.com']);

    await click(button(container, 'Remove'));
    expect(await storedServers([])).toEqual([]);
    expect(removed).toEqual([['https://mail.contoso.com/*']]);
  });

  it('adds nothing when the user refuses, or the address is not https', async () => {
    request.mockResolvedValue(false);
    render(<OptionsApp debounceMs={5} />, container);
    await addServer('mail.contoso.com');
    await waitFor(() => container.textContent?.includes('was not allowed'));
    await addServer('http://mail.contoso.com');
    await waitFor(() => container.textContent?.includes('not an https address'));
    expect(request).toHaveBeenCalledTimes(1);
    expect((await getSettings()).extraOutlookOrigins).toEqual([]);
  });
});
