import vm from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createInjector } from '../../entrypoints/background/inject';

type Injection = { target: { tabId: number }; func?: (...args: string[]) => unknown; args?: string[]; files?: string[] };

/** Each tab is a document with its own global scope, where an injected function really runs. */
let documents: Map<number, vm.Context>;
let injectedFiles: { tabId: number; files: string[] }[];
let openTabs: Partial<Browser.tabs.Tab>[];

beforeEach(() => {
  fakeBrowser.reset();
  documents = new Map();
  injectedFiles = [];
  openTabs = [];
  Object.assign(fakeBrowser, {
    scripting: {
      resetState() {},
      executeScript: vi.fn(async ({ target, func, args, files }: Injection) => {
        const tab = documents.get(target.tabId);
        if (!tab) throw new Error('No tab with id');
        if (files) return void injectedFiles.push({ tabId: target.tabId, files });
        // As Chrome does: the function's source, run in the tab's own global scope.
        return [{ result: vm.runInContext(`(${func!.toString()})(...${JSON.stringify(args ?? [])})`, tab) }];
      }),
    },
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => openTabs as Browser.tabs.Tab[]);
});

const servers = async () => ['https://mail.contoso.com'];
const complete = { status: 'complete' } as Browser.tabs.OnUpdatedInfo;
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A tab showing `url`: a document of its own, whose location is that url. */
function openTab(id: number, url: string): Browser.tabs.Tab {
  documents.set(id, vm.createContext({ location: new URL(url) }));
  return { id, url } as Browser.tabs.Tab;
}

describe('injecting the sidebar into mail tabs', () => {
  it('injects the site’s content script once a mail tab has loaded, not while it loads', async () => {
    const injector = createInjector(servers);
    const tab = openTab(1, 'https://mail.google.com/mail/u/0/#inbox');
    injector.onTabUpdated(1, { status: 'loading' } as Browser.tabs.OnUpdatedInfo, tab);
    await settle();
    expect(injectedFiles).toEqual([]);
    injector.onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toEqual([{ tabId: 1, files: ['/content-scripts/gmail.js'] }]);
  });

  it('injects once per document, though the tab reports "complete" again after in-page navigation', async () => {
    const injector = createInjector(servers);
    const tab = openTab(1, 'https://outlook.office.com/mail/');
    injector.onTabUpdated(1, complete, tab);
    injector.onTabUpdated(1, complete, { ...tab, url: 'https://outlook.office.com/mail/inbox/id/AAQ' });
    await settle();
    expect(injectedFiles).toEqual([{ tabId: 1, files: ['/content-scripts/outlook.js'] }]);

    // A reload is a new document: it gets the script again.
    openTab(1, tab.url!);
    injector.onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toHaveLength(2);
  });

  it('injects once per run of the extension: a worker restart keeps the run, an update or reload starts a new one', async () => {
    const tab = openTab(1, 'https://mail.google.com/mail/u/0/');
    createInjector(servers).onTabUpdated(1, complete, tab);
    await settle();
    // Chrome stopped the worker and started it again: same run, no second copy.
    createInjector(servers).onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toHaveLength(1);
    // An update or reload empties session storage: the new run's copy replaces the old one.
    await fakeBrowser.storage.session.clear();
    createInjector(servers).onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toHaveLength(2);
  });

  it('leaves other sites alone, and tabs whose url it may not read', async () => {
    const injector = createInjector(servers);
    injector.onTabUpdated(1, complete, openTab(1, 'https://news.example.com/'));
    injector.onTabUpdated(2, complete, { id: 2 } as Browser.tabs.Tab);
    openTab(2, 'https://mail.google.com/mail/u/0/');
    await settle();
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects nothing when the tab has moved to another site since the event', async () => {
    const injector = createInjector(servers);
    const tab = openTab(1, 'https://outlook.office.com/mail/');
    openTab(1, 'https://mail.google.com/mail/u/0/');
    injector.onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toEqual([]);
    // Its own event then injects the right script.
    injector.onTabUpdated(1, complete, { id: 1, url: 'https://mail.google.com/mail/u/0/' } as Browser.tabs.Tab);
    await settle();
    expect(injectedFiles).toEqual([{ tabId: 1, files: ['/content-scripts/gmail.js'] }]);
  });

  it('reads the run again after a failed read instead of giving up for the life of the worker', async () => {
    const injector = createInjector(servers);
    const tab = openTab(1, 'https://mail.google.com/mail/u/0/');
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValueOnce(new Error('storage busy'));
    injector.onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toEqual([]);
    injector.onTabUpdated(1, complete, tab);
    await settle();
    expect(injectedFiles).toHaveLength(1);
  });

  it('gives a server the user added the sidebar app with the Outlook script', async () => {
    const injector = createInjector(servers);
    injector.onTabUpdated(3, complete, openTab(3, 'https://mail.contoso.com/owa/'));
    await settle();
    expect(injectedFiles).toEqual([{ tabId: 3, files: ['/sidebar-app.js', '/content-scripts/outlook.js'] }]);
  });

  it('reaches the mail tabs already open, and shrugs off a tab closed meanwhile', async () => {
    openTabs = [openTab(1, 'https://mail.google.com/mail/u/0/'), { id: 2, url: 'https://outlook.live.com/mail/0/' }, openTab(3, 'https://example.com/')];
    await createInjector(servers).injectOpenTabs();
    await settle();
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ status: 'complete' });
    expect(injectedFiles).toEqual([{ tabId: 1, files: ['/content-scripts/gmail.js'] }]);
  });
});
