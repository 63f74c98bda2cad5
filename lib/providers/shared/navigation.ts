/**
 * Navigation events without patching history and without polling: route events (`hashchange`,
 * `popstate`) plus a MutationObserver scoped to the main / reading-pane element, re-scoped when
 * that element is replaced. pushState fires no event, but the pane it swaps is observed.
 */
import type { NavigationEvent } from '../types';

export interface NavigationSource {
  win: Window & typeof globalThis;
  /** The element whose subtree reflects the open view (Gmail `[role=main]`, Outlook's reading pane). */
  findScope(): Element | null;
  snapshot(): NavigationEvent;
}

/** Mutations arrive in bursts while a site renders; one check per frame is enough, and cheap (a key compare). */
const SETTLE_MS = 16;

export function watchNavigation(source: NavigationSource, listener: (event: NavigationEvent) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const { win } = source;
  const doc = win.document;
  let lastKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scope: Element | null = null;

  const check = () => {
    timer = null;
    if (signal.aborted) return;
    rescope();
    const event = source.snapshot();
    const key = `${event.view}|${event.threadId ?? ''}|${event.url}`;
    if (key === lastKey) return;
    lastKey = key;
    listener(event);
  };
  const schedule = () => {
    if (timer === null && !signal.aborted) timer = setTimeout(check, SETTLE_MS);
  };

  const inside = new win.MutationObserver(schedule);
  // Watches only the scope's parent's children: tells us when the scope itself is swapped out.
  const around = new win.MutationObserver(schedule);

  function rescope(): void {
    const next = source.findScope();
    if (next === scope && next?.isConnected) return;
    inside.disconnect();
    around.disconnect();
    scope = next;
    if (scope) {
      inside.observe(scope, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected', 'data-legacy-thread-id', 'data-convid'] });
      if (scope.parentNode) around.observe(scope.parentNode, { childList: true });
    } else if (doc.body) {
      // Until the app has rendered its main element, watch for it to arrive.
      around.observe(doc.body, { childList: true, subtree: true });
    }
  }

  // Removed by hand on abort: the signal may come from another realm (the extension's isolated world).
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  signal.addEventListener(
    'abort',
    () => {
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      inside.disconnect();
      around.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
    { once: true },
  );
  rescope();
  schedule();
}
