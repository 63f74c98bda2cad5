/**
 * Puts the sidebar into mail tabs once they have loaded (lib/injection/scripts-for-tab.ts says why not
 * earlier): on every tab that finishes loading, and at install or update into the mail tabs already
 * open, which a declared content script would only reach after the user reloaded them.
 */
import { browser, type Browser } from 'wxt/browser';
import { scriptsForTab } from '../../lib/injection/scripts-for-tab';

const INJECTED_KEY = 'client-rescue.injected';

/**
 * Runs in the tab, so it must stand alone: true the first time this version asks for a document.
 * A tab reports "complete" again after in-page navigations, and a second copy of the content script
 * would invalidate the first. An update injects again: the new copy retires the old one.
 */
function claimDocument(key: string, version: string): boolean {
  const scope = globalThis as unknown as Record<symbol, string | undefined>;
  const mark = Symbol.for(key);
  if (scope[mark] === version) return false;
  scope[mark] = version;
  return true;
}

export function createInjector(extraOutlookOrigins: () => Promise<readonly string[]>) {
  const version = browser.runtime.getManifest().version;

  async function inject(tabId: number, url: string): Promise<void> {
    const files = scriptsForTab(url, await extraOutlookOrigins());
    if (!files) return;
    const [claim] = await browser.scripting.executeScript({ target: { tabId }, func: claimDocument, args: [INJECTED_KEY, version] });
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
