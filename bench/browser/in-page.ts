/**
 * Functions that run inside the mail page (serialised by Playwright, so they reference nothing
 * outside themselves). They time what the user sees: the moment the sidebar's tone card carries a
 * level, stamped with performance.now() by a MutationObserver, not by polling from Node.
 */

interface ToneEntry {
  level: string;
  t: number;
}

interface BenchWindow {
  __crToneLog?: ToneEntry[];
  __crNext?: { angry: Node; calm: Node };
}

/**
 * Init script (main world, document start): logs every level the tone card shows. The sidebar's
 * shadow root is open, so the main world can observe it although the content script made it.
 */
export function watchTone(): void {
  const w = window as unknown as BenchWindow;
  const log: ToneEntry[] = [];
  w.__crToneLog = log;
  let watched: ShadowRoot | null = null;
  let lastEl: Element | null = null;
  let lastLevel: string | null = null;
  const check = (root: ShadowRoot) => {
    const el = root.querySelector('[data-cr="tone"][data-level]');
    const level = el?.getAttribute('data-level') ?? null;
    if (el && level && (el !== lastEl || level !== lastLevel)) log.push({ level, t: performance.now() });
    lastEl = el;
    lastLevel = level;
  };
  const attach = () => {
    const root = document.querySelector('[data-client-rescue="sidebar"]')?.shadowRoot ?? null;
    if (!root || root === watched) return;
    watched = root;
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-level'] });
    check(root);
  };
  new MutationObserver(attach).observe(document, { childList: true, subtree: true });
}

/** Resolves with the time (performance.now()) of the first logged level, or rejects after the timeout. */
export function firstLevel(timeoutMs: number): Promise<ToneEntry> {
  const w = window as unknown as BenchWindow;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const first = w.__crToneLog?.[0];
      if (first) resolve(first);
      else if (performance.now() - started > timeoutMs) reject(new Error(`sidebar showed no tone level within ${timeoutMs} ms`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

/**
 * Keeps copies of the angry thread on screen and the calm one in the fixture's <template>, so each
 * in-page navigation can alternate between them: the level then changes on every navigation and
 * the moment the new one is shown is unambiguous.
 */
export function prepareAlternation(site: 'gmail' | 'outlook'): void {
  const w = window as unknown as BenchWindow;
  const template = document.getElementById('fixture-next-thread') as HTMLTemplateElement | null;
  if (!template) throw new Error('fixture has no #fixture-next-thread template');
  const calm = template.content.cloneNode(true);
  let angry: Node;
  if (site === 'gmail') {
    const pane = document.getElementById('fixture-thread-pane');
    if (!pane) throw new Error('gmail fixture has no #fixture-thread-pane');
    const fragment = document.createDocumentFragment();
    for (const child of Array.from(pane.childNodes)) fragment.append(child.cloneNode(true));
    angry = fragment;
  } else {
    const pane = document.getElementById('ReadingPaneContainerId');
    if (!pane) throw new Error('outlook fixture has no #ReadingPaneContainerId');
    angry = pane.cloneNode(true);
  }
  w.__crNext = { angry, calm };
}

export interface NavArg {
  site: 'gmail' | 'outlook';
  /** Even: to the calm thread; odd: back to the angry one. */
  index: number;
  /** With the extension, wait for the new level; without, only for the next frames. */
  waitForLevel: boolean;
  timeoutMs: number;
}

/** Opens the next message the way the site does (hash route or pushState) and returns ms until its level shows. */
export function navigate(arg: NavArg): Promise<number | null> {
  const w = window as unknown as BenchWindow;
  const next = w.__crNext;
  const template = document.getElementById('fixture-next-thread') as HTMLTemplateElement | null;
  if (!next || !template) throw new Error('prepareAlternation has not run');
  const log = w.__crToneLog ?? [];
  const before = log.length > 0 ? log[log.length - 1].level : null;
  template.content.replaceChildren((arg.index % 2 === 0 ? next.calm : next.angry).cloneNode(true));
  const id = String(arg.index).padStart(8, '0');
  const t0 = performance.now();
  if (arg.site === 'gmail') {
    location.hash = `#inbox/FMfcgzBench${id}`;
  } else {
    history.pushState(null, '', `/mail/inbox/id/AAQkBench${id}%3D${location.search}`);
    window.postMessage({ type: 'fixture-nav', to: 'calm' }, '*');
  }
  return new Promise((resolve, reject) => {
    if (!arg.waitForLevel) {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)));
      return;
    }
    const tick = () => {
      const last = log[log.length - 1];
      if (last && last.t >= t0 && last.level !== before) resolve(last.t - t0);
      else if (performance.now() - t0 > arg.timeoutMs) reject(new Error(`no new tone level ${arg.timeoutMs} ms after navigation ${arg.index} (still ${before})`));
      else setTimeout(tick, 5);
    };
    tick();
  });
}

/** How long firstContentfulPaint waits for a page that has not painted. */
export const PAINT_WAIT_MS = 3_000;

/**
 * The page's first contentful paint (ms from navigation start), waiting for it when the page has
 * not painted yet: without the extension Chromium may paint only after the load event.
 */
export function firstContentfulPaint(timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(NaN), timeoutMs);
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}
