// @vitest-environment jsdom
/**
 * Issue 10, robustness: the host page is not ours and changes under us. A page without the DOM we
 * expect, a DOM that mutates while we read it, and an extension reloaded under an open tab all end
 * in a calm state the sidebar can show (layout-changed, no-message, invalidated), never a thrown
 * error or a loop of them.
 *
 * Protections covered: atBoundary in createProvider (SelectorMissError → layout-changed), the
 * mutation-driven waitFor with timeout and abort, the controller's generation check and its
 * ContextInvalidatedError → 'invalidated' mapping, and request()'s context check in the client.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidebarController, type Requester } from '../../lib/content/controller';
import { ANSWER_TIMEOUT_MS, ContextInvalidatedError, request, RequestFailedError } from '../../lib/messaging/client';
import { providerForLocation, type MailProvider } from '../../lib/providers';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';

const PAGES = path.resolve(__dirname, '../fixtures/pages');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKXhGbmsLwNfJpqkTzLvBcmR';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADQ5ZTgwYjI1LTc1NDAtNGY2ZC1iMWM0LTJkNTcwMWUyOWZhOQAQAKx8Qw1mVUtFn3u2bzZ2WmE%3D';

let open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open) dom.window.close();
  open = [];
  vi.restoreAllMocks();
});

function load(file: string, url: string): { dom: JSDOM; doc: Document; provider: MailProvider } {
  const html = file ? readFileSync(path.join(PAGES, file), 'utf8') : '<!doctype html><html><body></body></html>';
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  open.push(dom);
  const provider = providerForLocation(dom.window.location, dom.window.document);
  if (!provider) throw new Error(`no provider for ${url}`);
  return { dom, doc: dom.window.document, provider };
}

/** A background that answers like the real one, for the controller. */
const background: Requester = async (type, payload) => {
  switch (type) {
    case 'tone:analyze': {
      const p = payload as { text: string; subject?: string };
      return analyzeTone(p.text, { subject: p.subject }) as never;
    }
    case 'case:for-sender':
      return null as never;
    case 'reply:seen':
      return { logged: false } as never;
    default:
      return { ok: true } as never;
  }
};

function controllerFor(provider: MailProvider, requester: Requester = background) {
  // A variable, not a literal: extra deps (a clock some versions take) are allowed either way.
  const deps = { provider, request: requester, settings: () => DEFAULT_SETTINGS, now: () => new Date('2025-11-25T12:00:00Z'), readTimeoutMs: 300 };
  return createSidebarController(deps);
}

describe('a page without the expected DOM', () => {
  it.each([
    ['an error page on the Gmail host', 'not-a-mail-page.html', GMAIL_URL],
    ['an error page on the Outlook host', 'not-a-mail-page.html', OUTLOOK_URL],
    ['an empty body on the Gmail host', '', GMAIL_URL],
  ])('%s: every provider call answers calmly', async (_name, file, url) => {
    const { provider } = load(file, url);
    expect(() => provider.health()).not.toThrow();
    // The content script mounts only where "main" is found: here it stays away.
    expect(provider.health().parts.find((p) => p.part === 'main')?.ok).toBe(false);
    expect(() => provider.currentView()).not.toThrow();
    const read = provider.readThread();
    expect(read.ok).toBe(false);
    const waited = await provider.waitForThread(new AbortController().signal, 200);
    expect(waited.ok).toBe(false);
    expect(() => provider.readListRows()).not.toThrow();
    expect(() => provider.mountPoint()).not.toThrow();
    const controller = controllerFor(provider);
    await controller.refresh();
    expect(['no-message', 'layout-changed']).toContain(controller.state.kind);
  });
});

describe('a DOM that mutates mid-read', () => {
  it.each([
    ['gmail', 'gmail-2025-thread.html', GMAIL_URL],
    ['outlook', 'outlook-2025-thread.html', OUTLOOK_URL],
  ])('%s: the thread pane torn down and rebuilt in pieces while waitForThread runs ends in a result, not an error', async (_id, file, url) => {
    const { dom, doc, provider } = load(file, url);
    const main = doc.querySelector('[role="main"]')!;
    const original = Array.from(main.childNodes).map((n) => n.cloneNode(true));
    main.replaceChildren();
    const pending = provider.waitForThread(new AbortController().signal, 1_500);
    // Re-render the way single-page apps do: in several turns, with an interim state missing parts.
    for (const node of original) {
      main.append(node);
      await new Promise((r) => dom.window.setTimeout(r, 5));
    }
    const result = await pending;
    expect(result.ok).toBe(true);
  });

  it.each([
    ['gmail', 'gmail-2025-thread.html', GMAIL_URL],
    ['outlook', 'outlook-2025-thread.html', OUTLOOK_URL],
  ])('%s: the page re-renders DURING the synchronous read (pane removed as we touch it): calm result, no throw', (_id, file, url) => {
    const { doc, provider } = load(file, url);
    const main = doc.querySelector('[role="main"]')!;
    // The first time our read asks an element for an attribute, the site swaps the whole pane out.
    let torn = false;
    const proto = doc.defaultView!.Element.prototype;
    const getAttribute = proto.getAttribute;
    vi.spyOn(proto, 'getAttribute').mockImplementation(function (this: Element, name: string) {
      if (!torn && this.isConnected && main.contains(this)) {
        torn = true;
        main.replaceChildren();
      }
      return getAttribute.call(this, name);
    });
    let result: ReturnType<MailProvider['readThread']> | undefined;
    expect(() => {
      result = provider.readThread();
    }).not.toThrow();
    expect(torn).toBe(true);
    expect(result).toBeDefined();
  });

  it('navigating away while a read waits abandons the old read: the sidebar shows the newer state only', async () => {
    const { doc, provider } = load('gmail-2025-thread.html', GMAIL_URL);
    const main = doc.querySelector('[role="main"]')!;
    const saved = Array.from(main.childNodes).map((n) => n.cloneNode(true));
    main.replaceChildren();
    const controller = controllerFor(provider);
    const states: string[] = [];
    controller.subscribe((s) => states.push(s.kind));
    const first = controller.refresh();
    main.append(...saved);
    const second = controller.refresh();
    await Promise.all([first, second]);
    expect(controller.state.kind).toBe('analysed');
    expect(states).not.toContain('error');
  });
});

describe('a worker that never answers', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('request() gives up after ANSWER_TIMEOUT_MS, so the sidebar leaves "Reading the message…" for an error it can show', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => undefined));
    const answer = request('tone:analyze', { text: 'Where is the invoice?' });
    const settled = answer.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS - 1);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await settled;
    expect(error).toBeInstanceOf(RequestFailedError);
    expect(error).toMatchObject({ code: 'no-answer' });
  });

  it('leaves no timer behind once the answer came', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { ready: true } });
    await expect(request('tone:warm', {})).resolves.toEqual({ ready: true });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('extension reloaded while the mail tab stays open (invalidated context)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('request() says so with ContextInvalidatedError when the runtime is gone, and when the send fails that way', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(request('tone:warm', {})).rejects.toBeInstanceOf(ContextInvalidatedError);
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await expect(request('tone:warm', {})).rejects.toBeInstanceOf(ContextInvalidatedError);
    // With no runtime there is nothing to ask: the orphan script does not even try.
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('the controller shows one calm "reload this tab" state, and further refreshes stay there', async () => {
    const { provider } = load('gmail-2025-thread.html', GMAIL_URL);
    const orphan: Requester = () => Promise.reject(new ContextInvalidatedError());
    const controller = controllerFor(provider, orphan);
    const states: { kind: string; message?: string }[] = [];
    controller.subscribe((s) => states.push(s as { kind: string; message?: string }));
    for (let i = 0; i < 3; i++) await controller.refresh();
    expect(controller.state).toMatchObject({ kind: 'invalidated', message: expect.stringMatching(/Reload this tab/) });
    expect(states.some((s) => s.kind === 'error')).toBe(false);
  });
});
