import { useCallback, useEffect, useRef } from 'preact/hooks';

type Find = () => HTMLElement | null | undefined;

/** How long a moved control may take to appear: a write reaches the page through a live query. */
const WAIT_MS = 3_000;

/**
 * Keeps a keyboard user in place when an action redraws the control they pressed: a step marked done
 * takes its button to the next step, a card moves to another column, Close gives way to Reopen. The
 * browser then drops the focus to <body>, the top of the page. Call the returned function as the
 * action starts, with where the focus should go; once a render has dropped the focus, it goes there.
 * If the user has moved on by then (the focus is elsewhere), nothing is moved.
 */
export function useRefocus(): (find: Find) => void {
  const pending = useRef<{ find: Find; from: Element | null; until: number } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    const active = document.activeElement;
    const dropped = !active || active === document.body;
    if (Date.now() > p.until || (!dropped && active !== p.from)) {
      pending.current = null;
      return;
    }
    if (!dropped) return;
    const target = p.find();
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return useCallback((find: Find) => {
    pending.current = { find, from: document.activeElement, until: Date.now() + WAIT_MS };
  }, []);
}
