// @vitest-environment jsdom
/**
 * One contract for every MailProvider, run over each provider's dated saved pages
 * (test/fixtures/pages/*-2025-*.html). A provider passes only if it does all of it.
 */
import type { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { providerForLocation, type MailProvider, type NavigationEvent } from '../../lib/providers';
import { findAll, findFirst } from '../../lib/providers/shared/selector-entry';
import { loadPage } from './pages';
import { GMAIL, OUTLOOK, type PageRef, type ProviderSpec } from './specs';

const SPECS: ProviderSpec[] = [GMAIL, OUTLOOK];

let open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open) dom.window.close();
  open = [];
});

function load(ref: PageRef, scripts = false): { dom: JSDOM; provider: MailProvider; doc: Document } {
  const dom = loadPage(ref.file, ref.url, { scripts });
  open.push(dom);
  const provider = providerForLocation(dom.window.location, dom.window.document);
  if (!provider) throw new Error(`no provider for ${ref.url}`);
  return { dom, provider, doc: dom.window.document };
}

function readOk(provider: MailProvider) {
  const result = provider.readThread();
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Parse markup inertly and put it in place of an element's children (no innerHTML). */
function setContent(el: Element, html: string): void {
  const view = el.ownerDocument.defaultView as Window & typeof globalThis;
  const parsed = new view.DOMParser().parseFromString(html, 'text/html');
  el.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => el.ownerDocument.importNode(n, true)));
}

function messagesOldestFirst(spec: ProviderSpec, doc: Document): Element[] {
  const all = findAll(doc, spec.message);
  return spec.order === 'oldest-first' ? all : all.reverse();
}
const newestMessage = (spec: ProviderSpec, doc: Document) => messagesOldestFirst(spec, doc).at(-1)!;

describe('providerForLocation', () => {
  it('maps hosts to adapters and ignores other sites', () => {
    const page = loadPage(GMAIL.pages.thread.file, GMAIL.pages.thread.url);
    open.push(page);
    const doc = page.window.document;
    expect(providerForLocation(new URL('https://mail.google.com/mail/u/0/'), doc)?.id).toBe('gmail');
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(providerForLocation(new URL(`https://${host}/mail/`), doc)?.id).toBe('outlook');
    }
    expect(providerForLocation(new URL('https://example.com/'), doc)).toBeNull();
  });
});

describe.each(SPECS)('MailProvider contract: $label', (spec) => {
  describe('views and health', () => {
    it('detects the thread, list and reply views', () => {
      expect(load(spec.pages.thread).provider.currentView()).toBe('thread');
      expect(load(spec.pages.list).provider.currentView()).toBe('list');
      const reply = load(spec.pages.reply).provider;
      expect(reply.currentView()).toBe('thread');
      expect(reply.findCompose()).not.toBeNull();
    });

    it('reports every required part as matched on intact pages, by its preferred selector', () => {
      for (const ref of [spec.pages.thread, spec.pages.list, spec.pages.calm]) {
        const health = load(ref).provider.health();
        expect(health.ok, JSON.stringify(health.missing)).toBe(true);
        expect(health.parts.length).toBeGreaterThan(2);
        for (const part of health.parts) if (part.fallbackIndex !== null) expect(part.fallbackIndex).toBe(0);
      }
      expect(load(spec.pages.thread).provider.health().parts.map((p) => p.part)).toEqual(
        expect.arrayContaining(['subject', 'sender', 'body', 'user']),
      );
    });

    it('a page whose layout lacks the body gives a clear layout-changed state', () => {
      const { provider } = load(spec.pages.broken);
      const result = provider.readThread();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.missing).toContain('body');
      expect(result.message).toBe(`${spec.label}'s layout changed: message body not found`);
      expect(provider.health().missing).toContain('body');
    });

    it('on the message list, reading a thread says none is open (not a layout change)', () => {
      expect(load(spec.pages.list).provider.readThread()).toEqual({ ok: false, missing: ['thread'], message: `${spec.label}: no conversation is open` });
    });

    it('a missing sender is named, not guessed', () => {
      const { provider, doc } = load(spec.pages.thread);
      for (const el of findAll(doc, spec.sender)) el.remove();
      const result = provider.readThread();
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.missing[0]).toBe('sender');
    });
  });

  describe('reading the open thread', () => {
    it('reads id, subject and messages, and picks the newest message not written by the user', () => {
      const { provider } = load(spec.pages.thread);
      const thread = readOk(provider);
      expect(thread.provider).toBe(spec.id);
      expect(thread.threadId).toBe(spec.thread.id);
      expect(thread.subject).toMatch(spec.thread.subject);
      expect(thread.messages).toHaveLength(spec.thread.messageCount);
      expect(thread.userAddress).toBe(spec.user);
      const analysed = thread.analysed!;
      expect(analysed).toBe(thread.messages[thread.messages.length - 1]);
      expect(analysed.from.address).toBe(spec.thread.client);
      expect(analysed.byUser).toBe(false);
      expect(analysed.state).toBe('ok');
      expect(analysed.sentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(analysed.recipients.map((r) => r.address)).toContain(spec.user);
      for (const re of spec.thread.mustContain) expect(analysed.text).toMatch(re);
      for (const re of spec.thread.mustNotContain) expect(analysed.text).not.toMatch(re);
      expect(analysed.text).toMatch(/\n\n/); // paragraphs kept
      expect(thread.analysedFrom?.address).toBe(spec.thread.client);
    });

    it("sees the user's own replies with their time (update clock)", () => {
      const thread = readOk(load(spec.pages.thread).provider);
      expect(thread.userReplies).toHaveLength(spec.thread.userReplies);
      const mine = thread.messages.filter((m) => m.byUser);
      expect(thread.userReplies.map((r) => r.messageId)).toEqual(mine.map((m) => m.id));
      for (const reply of thread.userReplies) expect(reply.sentAt).not.toBeNull();
      for (const m of mine) expect(m.from.address).toBe(spec.user);
    });

    it('reads a calm thread without its signature or quote', () => {
      const thread = readOk(load(spec.pages.calm).provider);
      expect(thread.analysed?.from.address).toBe(spec.calm.client);
      expect(thread.analysed?.text).toMatch(spec.calm.mustContain);
      for (const re of spec.calm.mustNotContain) expect(thread.analysed?.text).not.toMatch(re);
    });

    it('when the newest message is the user\'s, analyses the newest one from someone else', () => {
      const { provider, doc } = load(spec.pages.thread);
      spec.setSender(newestMessage(spec, doc), 'Dana Lee', spec.user);
      const thread = readOk(provider);
      expect(thread.analysed).not.toBe(thread.messages[thread.messages.length - 1]);
      expect(thread.analysed?.from.address).toBe(spec.thread.client);
      expect(thread.userReplies).toHaveLength(spec.thread.userReplies + 1);
    });

    it('a colleague\'s forward is analysed on the forwarded part and attributed to the client', () => {
      const { provider, doc } = load(spec.pages.thread);
      const newest = newestMessage(spec, doc);
      spec.setSender(newest, 'Sam Patel', 'sam@northwind.studio');
      setContent(
        findFirst(newest, spec.body)!.element,
        '<div dir="ltr">FYI – Acme again, can you take this?<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
          '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">Maria Keller</strong> ' +
          '<span>&lt;maria.keller@acme-corp.com&gt;</span><br>Date: Tue, Nov 25, 2025 at 9:14 AM<br>Subject: Third outage<br>' +
          'To: Sam Patel &lt;sam@northwind.studio&gt;<br></div><br><div dir="ltr">This is the third outage this month. We are done waiting.</div></div></div>',
      );
      const thread = readOk(provider);
      expect(thread.analysed?.from.address).toBe('sam@northwind.studio');
      expect(thread.analysed?.text).toBe('This is the third outage this month. We are done waiting.');
      expect(thread.analysedFrom).toEqual({ name: 'Maria Keller', address: 'maria.keller@acme-corp.com' });
    });

    it('handles a 50-message thread', () => {
      const { provider, doc } = load(spec.pages.thread);
      const messages = findAll(doc, spec.message);
      const oldest = messagesOldestFirst(spec, doc)[0];
      for (let i = messages.length; i < 50; i++) {
        const copy = oldest.cloneNode(true) as Element; // test-side page setup, not provider code
        for (const attr of ['data-message-id', 'data-legacy-message-id']) if (copy.hasAttribute(attr)) copy.setAttribute(attr, `${copy.getAttribute(attr)}-${i}`);
        oldest.after(copy);
      }
      const thread = readOk(provider);
      expect(thread.messages).toHaveLength(50);
      expect(new Set(thread.messages.map((m) => m.id)).size).toBe(50);
      expect(thread.analysed?.from.address).toBe(spec.thread.client);
      expect(thread.analysed?.state).toBe('ok');
    });

    it('empty and attachment-only mail give a clear state, not an error', () => {
      const { provider, doc } = load(spec.pages.thread);
      setContent(findFirst(newestMessage(spec, doc), spec.body)!.element, '<div dir="ltr"><br></div>');
      const analysed = readOk(provider).analysed!;
      expect(analysed.text).toBe('');
      expect(['empty', 'attachment-only']).toContain(analysed.state);
      expect(analysed.state === 'attachment-only').toBe(analysed.attachments.length > 0);
    });

    it('mail in another language keeps its text and never gets a wrong date', () => {
      const { provider, doc } = load(spec.pages.thread);
      const newest = newestMessage(spec, doc);
      setContent(
        findFirst(newest, spec.body)!.element,
        '<div>C\'est la troisième panne ce mois-ci. Nous attendons un appel aujourd\'hui.</div>' +
          '<div class="gmail_quote"><div class="gmail_attr">Le mer. 19 nov. 2025 à 10:31, Dana Lee a écrit :</div><blockquote>Bonjour</blockquote></div>',
      );
      for (const el of Array.from(newest.querySelectorAll('[title]'))) el.setAttribute('title', '25 nov. 2025, 09:14');
      const analysed = readOk(provider).analysed!;
      expect(analysed.text).toBe("C'est la troisième panne ce mois-ci. Nous attendons un appel aujourd'hui.");
      if (analysed.sentAt !== null) expect(analysed.sentAt.slice(0, 10)).toBe('2025-11-25');
    });

    it('a clipped message says so', () => {
      if (!spec.clip) return;
      const { provider, doc } = load(spec.pages.thread);
      spec.clip(newestMessage(spec, doc));
      const analysed = readOk(provider).analysed!;
      expect(analysed.state).toBe('clipped');
      expect(analysed.text).not.toMatch(/clipped|View entire message/);
      expect(analysed.text).toMatch(spec.thread.mustContain[0]);
    });

    it('waitForThread resolves once the thread has rendered', async () => {
      const { provider } = load(spec.pages.thread);
      const result = await provider.waitForThread(new AbortController().signal, 500);
      expect(result.ok).toBe(true);
    });
  });

  describe('compose and reply', () => {
    it('reads the open reply box and inserts text at the caret through the fallback path', () => {
      const { provider } = load(spec.pages.reply);
      const box = provider.findCompose()!;
      expect(box.readText()).toMatch(spec.reply.draft);
      const inputs: string[] = [];
      box.element.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
      // jsdom has no execCommand: this exercises the Text-node + input-event path.
      expect(typeof (box.element.ownerDocument as Partial<Document>).execCommand).not.toBe('function');
      return provider.insertReply('Thank you for telling us.\nI am sorry.').then((result) => {
        expect(result.ok).toBe(true);
        expect(box.readText()).toMatch(/^Thank you for telling us\.\nI am sorry\./);
        expect(box.readText()).toMatch(/Hi Rui,/);
        expect(inputs).toEqual(['Thank you for telling us.\nI am sorry.']);
      });
    });

    it('inserts where the user was typing, even after focus moved to the sidebar', async () => {
      const { provider, doc } = load(spec.pages.reply);
      const box = provider.findCompose()!;
      const firstLine = box.element.firstElementChild!;
      const selection = doc.getSelection()!;
      const range = doc.createRange();
      range.setStart(firstLine.firstChild!, firstLine.textContent!.length); // after "Hi Rui,"
      selection.removeAllRanges();
      selection.addRange(range);
      doc.dispatchEvent(new doc.defaultView!.Event('selectionchange'));
      selection.removeAllRanges(); // the user pressed a button elsewhere
      await provider.insertReply(' thank you for telling us.');
      expect(box.readText()).toMatch(/^Hi Rui, thank you for telling us\./);
    });

    it('puts a letter after the greeting the user already typed, without a second one', async () => {
      const { provider } = load(spec.pages.reply);
      const box = provider.findCompose()!;
      expect(box.readText()).toMatch(/^Hi Rui,/);
      await provider.insertReply('Hi Rui,\n\nThank you for telling us.\n\nBest regards,\n[your name]', { letter: true });
      const text = box.readText();
      expect(text).toMatch(/^Hi Rui,\s*\n\s*\nThank you for telling us\./);
      expect(text.match(/Hi Rui,/g)).toHaveLength(1);
      // Whatever the user had after the greeting is still there, set apart from the letter.
      expect(text).not.toMatch(/\[your name\]\S/);
    });

    it('adds nothing when the same letter is inserted again, and says so', async () => {
      const { provider } = load(spec.pages.reply);
      const box = provider.findCompose()!;
      const letter = 'Hi Rui,\n\nThank you for telling us about the export.\n\nBest regards,\n[your name]';
      const first = await provider.insertReply(letter, { letter: true });
      expect(first.ok && first.value.already).toBe(false);
      const once = box.readText();
      const second = await provider.insertReply(letter, { letter: true });
      expect(second.ok && second.value.already).toBe(true);
      expect(box.readText()).toBe(once);
      expect(once.match(/Thank you for telling us about the export\./g)).toHaveLength(1);
    });

    it('uses execCommand("insertText") where the browser has it', async () => {
      const { provider, doc } = load(spec.pages.reply);
      const calls: unknown[][] = [];
      Object.assign(doc, {
        execCommand: (...args: unknown[]) => {
          calls.push(args);
          return true;
        },
      });
      expect((await provider.insertReply('Hello')).ok).toBe(true);
      expect(calls).toEqual([['insertText', false, 'Hello']]);
    });

    it('opens a reply first when none is open, and never sends', async () => {
      const { provider, doc } = load(spec.pages.thread);
      expect(provider.findCompose()).toBeNull();
      const control = findFirst(doc, spec.replyControl)!.element;
      let pressed = 0;
      control.addEventListener('click', () => {
        pressed++;
        // What the site does: render a reply box a moment later.
        setTimeout(() => newestMessage(spec, doc).after(spec.buildReplyBox(doc)), 0);
      });
      const result = await provider.insertReply('We hear you.', { timeoutMs: 1000 });
      expect(pressed).toBe(1);
      expect(result.ok).toBe(true);
      expect(provider.findCompose()?.readText()).toBe('We hear you.');
    });

    it("works with the saved page's own reply behaviour (as the browser tests use it)", async () => {
      const { provider } = load(spec.pages.thread, true);
      const result = await provider.insertReply('We hear you.', { timeoutMs: 1000 });
      expect(result.ok).toBe(true);
      expect(provider.findCompose()?.readText()).toBe('We hear you.');
    });

    it('says which part is missing when no reply can be opened', async () => {
      const { provider, doc } = load(spec.pages.thread);
      for (let found = findFirst(doc, spec.replyControl); found; found = findFirst(doc, spec.replyControl)) found.element.remove();
      const result = await provider.insertReply('x', { timeoutMs: 50 });
      expect(result).toMatchObject({ ok: false, missing: ['reply-control'] });
    });

    it('observes the compose body for the reply coach', async () => {
      const { provider } = load(spec.pages.reply);
      const box = provider.findCompose()!;
      const controller = new AbortController();
      const seen = new Promise<string>((resolve) => box.observe(resolve, controller.signal));
      await provider.insertReply('Sorry.');
      expect(await seen).toMatch(/Sorry\./);
      controller.abort();
    });
  });

  describe('message list', () => {
    it('reads every row with id, sender, subject, snippet, date, unread and a chip place', () => {
      const { provider } = load(spec.pages.list);
      const result = provider.readListRows();
      if (!result.ok) throw new Error(result.message);
      const rows = result.value;
      expect(rows).toHaveLength(spec.list.rows);
      expect(rows.filter((r) => r.unread)).toHaveLength(spec.list.unreadCount);
      expect(new Set(rows.map((r) => r.threadId)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row.from.address).toMatch(/@/);
        expect(row.subject.length).toBeGreaterThan(0);
        expect(row.snippet).not.toMatch(/^[-–\s]/);
        expect(row.snippet.length).toBeGreaterThan(10);
        expect(row.dateText.length).toBeGreaterThan(0);
        expect(row.row.contains(row.chip.element)).toBe(true);
        expect(row.chip.element.textContent?.trim()).toBe(row.subject);
      }
      const caseRow = rows.find((r) => r.threadId === spec.list.caseThreadId);
      expect(caseRow?.from.address).toBe(spec.list.client);
    });

    it('opens a listed thread by id, and says false for an unknown one', () => {
      const { provider } = load(spec.pages.list);
      const rows = provider.readListRows();
      if (!rows.ok) throw new Error(rows.message);
      const target = rows.value.find((r) => r.threadId === spec.list.caseThreadId)!;
      let clicked = 0;
      target.row.addEventListener('click', () => clicked++);
      expect(provider.openThread(spec.list.caseThreadId)).toBe(true);
      expect(clicked).toBe(1);
      expect(provider.openThread('no-such-thread')).toBe(false);
    });

    it('a list whose rows cannot be read is a clear state', () => {
      const { provider, doc } = load(spec.pages.list);
      for (const row of Array.from(doc.querySelectorAll('[email], [title]'))) row.remove();
      const result = provider.readListRows();
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.missing).toEqual(['row']);
    });
  });

  describe('navigation', () => {
    it('follows the site to another thread without reload, and stops on abort', async () => {
      const { dom, provider } = load(spec.pages.thread, true);
      const controller = new AbortController();
      const events: NavigationEvent[] = [];
      let wake: () => void = () => {};
      provider.onNavigate((e) => {
        events.push(e);
        wake();
      }, controller.signal);
      const next = () => new Promise<void>((resolve) => (wake = resolve));
      await next();
      expect(events[0]).toMatchObject({ view: 'thread', threadId: spec.thread.id });
      spec.navigate(dom);
      while (events[events.length - 1].threadId !== spec.next.threadId) await next();
      const thread = readOk(provider);
      expect(thread.threadId).toBe(spec.next.threadId);
      expect(thread.analysed?.from.address).toBe(spec.next.client);
      controller.abort();
      const count = events.length;
      spec.navigate(dom);
      await new Promise((r) => setTimeout(r, 100));
      expect(events).toHaveLength(count);
    });
  });

  it('offers a place for the sidebar beside the reading pane', () => {
    const { provider, doc } = load(spec.pages.thread);
    const mount = provider.mountPoint();
    expect(mount.floating).toBe(false);
    expect(mount.element.isConnected).toBe(true);
    expect(mount.element).not.toBe(doc.body);
  });

  it("reads the signed-in user's address, also for a second account", () => {
    expect(load(spec.pages.thread).provider.userAddress()).toBe(spec.user);
    expect(load(spec.pages.reply).provider.userAddress()).toBe(spec.user);
  });
});
