/** Follow the host page's light or dark theme by the luminance of its background colour. */
export type Theme = 'light' | 'dark';

export function themeFromBackground(cssColor: string): Theme {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(cssColor);
  if (!match) return 'light';
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (alpha < 0.5) return 'light';
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c) / 255);
  // Relative luminance per WCAG, close enough without gamma for a light/dark call.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
}

/** The mail page's theme, from its body's computed background (Gmail and Outlook both paint it). */
export function pageTheme(doc: Document): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  return themeFromBackground(view.getComputedStyle(doc.body).backgroundColor);
}

function isStylesheet(node: Node | null): boolean {
  return node?.nodeName === 'STYLE' || (node?.nodeName === 'LINK' && /\bstylesheet\b/i.test((node as Element).getAttribute('rel') ?? ''));
}

/**
 * A change that can restyle the page: a class or style on <html>/<body> (the only attributes observed
 * there), a new <body>, a stylesheet added, removed or re-pointed (href, media, disabled), or the text
 * of a <style> edited in place.
 */
function canRestyle(record: MutationRecord): boolean {
  const { target } = record;
  if (record.type === 'characterData') return isStylesheet(target.parentNode);
  if (record.type === 'attributes') return target.nodeName === 'HTML' || target.nodeName === 'BODY' || isStylesheet(target);
  return isStylesheet(target) || [...record.addedNodes, ...record.removedNodes].some((n) => isStylesheet(n) || n.nodeName === 'BODY');
}

/** How long the page's changes settle before its theme is read again (a theme switch is a burst). */
const SETTLE_MS = 50;

/**
 * The page's theme now, and `onChange` each time it flips while the page stays open: Gmail and
 * Outlook switch theme by a class or style on <html>/<body>, by swapping or editing a stylesheet in
 * <head>, or by drawing a new <body>, and a site that follows the system changes with
 * `prefers-color-scheme`. Observes exactly those, reads the body's colour once a burst of changes
 * has settled, and stops when `signal` aborts. No polling.
 */
export function watchPageTheme(doc: Document, onChange: (theme: Theme) => void, signal: AbortSignal): Theme {
  let current = pageTheme(doc);
  const view = doc.defaultView;
  if (!view || signal.aborted) return current;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = pageTheme(doc);
      if (next === current) return;
      current = next;
      onChange(next);
    }, SETTLE_MS);
  };
  // Reading the colour forces a style recalculation of the whole mail page: only changes that can
  // restyle it lead to one. The sites add scripts to <head> and set other attributes all the time.
  const themed = { attributes: true, attributeFilter: ['class', 'style'] };
  const observer = new view.MutationObserver((records) => {
    if (!records.some(canRestyle)) return;
    // A replaced <body> is watched from now on (the old one is gone with its observation).
    if (doc.body && !observed.has(doc.body)) watchBody(doc.body);
    check();
  });
  const observed = new WeakSet<HTMLElement>();
  const watchBody = (body: HTMLElement) => {
    observed.add(body);
    observer.observe(body, themed);
  };
  observer.observe(doc.documentElement, { ...themed, childList: true });
  if (doc.body) watchBody(doc.body);
  if (doc.head) {
    observer.observe(doc.head, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'media', 'disabled'] });
  }
  const scheme = typeof view.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : null;
  scheme?.addEventListener('change', check);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      observer.disconnect();
      scheme?.removeEventListener('change', check);
    },
    { once: true },
  );
  return current;
}
