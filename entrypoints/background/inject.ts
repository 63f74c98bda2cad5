/**
 * Puts the sidebar into mail tabs once they have loaded (lib/injection/scripts-for-tab.ts says why not
 * earlier): on every tab that finishes loading, and at install or update into the mail tabs already
 * open, which a declared content script would only reach after the user reloaded them.
 */
import { browser, type Browser } from 'wxt/browser';
import { scriptsForTab } from '../../lib/injection/scripts-for-tab';

const INJECTED_KEY = 'client-rescue.injected';

/**
 * Names this run of the extension (session storage is emptied when the extension is updated or
 * reloaded, not when the worker restarts), so a mark left in a page by an earlier run never stops
 * this run's copy, whichever world the browser gives it.
 */
const RUN_KEY = 'injectRun';

/**
 * Runs in the tab, so it must stand alone: true the first time this run of the extension asks for a
 * document, and only if the tab still shows the origin the files were chosen for (it may have moved
 * on from Outlook to Gmail since the event). A tab reports "complete" again after in-page
 * navigations, and a second copy of the content script would invalidate the first.
 */
function claimDocument(key: string, run: string, origin: string): boolean {
  if (location.origin !== origin) return false;
  const scope = globalThis as unknown as Record<symbol, string | undefined>;
  const mark = Symbol.for(key);
  if (scope[mark] === run) return false;
  scope[mark] = run;
  return true;
}

async function currentRun(): Promise<string> {
  const stored = (await browser.storage.session.get(RUN_KEY))[RUN_KEY];
  if (typeof stored === 'string') return stored;
  const run = crypto.randomUUID();
  await browser.storage.session.set({ [RUN_KEY]: run });
  return run;
}

export function createInjector(extraOutlookOrigins: () => Promise<readonly string[]>) {
  // Read once per worker start; every injection of this worker waits on the same read.
  let run: Promise<string> | null = null;

  async function inject(tabId: number, url: string): Promise<void> {
    const files = scriptsForTab(url, await extraOutlookOrigins());
    if (!files) return;
    // A failed read is not kept: the next injection reads again.
    run ??= currentRun().catch((error: unknown) => {
      run = null;
      throw error;
    });
    const args: [string, string, string] = [INJECTED_KEY, await run, new URL(url).origin];
    const [claim] = await browser.scripting.executeScript({ target: { tabId }, func: claimDocument, args });
    if (claim?.result === true) await browser.scripting.executeScript({ target: { tabId }, files });
  }

  // A tab closed or navigated away between the event and the injection rejects: nothing to do then.
  const tryInject = (tabId: number, url: string) => void inject(tabId, url).catch(() => undefined);

  return {
    onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
      // Without the "tabs" permission a tab's url is there only on hosts we may access.
      if (change.status === 'complete' && tab.url) tryInject(tabId, tab.url);
    },
    async injectOpenTabs(): Promise<void> {
      for (const tab of await browser.tabs.query({ status: 'complete' })) {
        if (tab.id !== undefined && tab.url) tryInject(tab.id, tab.url);
      }
    },
  };
}
