/** A reply/compose body as the reply coach reads it. */
import { nodeToText } from '../../extract';
import type { ComposeBox } from '../types';
import { insertTextAtCaret, trackCaret } from './insert-text';

export { insertTextAtCaret, trackCaret };

/** Edits arrive keystroke by keystroke; the coach needs the text once typing pauses briefly. */
const SETTLE_MS = 150;

export function composeBoxFor(element: HTMLElement): ComposeBox {
  const kind = element.tagName === 'TEXTAREA' || element.tagName === 'INPUT' ? 'textarea' : 'contenteditable';
  // A read-only walk of the live editor; nothing is cloned or parsed in the page.
  const readText = () => (kind === 'textarea' ? (element as HTMLTextAreaElement).value : nodeToText(element).trim());
  return {
    element,
    kind,
    readText,
    observe(listener, signal) {
      if (signal.aborted) return;
      const win = element.ownerDocument.defaultView ?? window;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const schedule = () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          if (!signal.aborted) listener(readText());
        }, SETTLE_MS);
      };
      // Removed by hand on abort: the signal may come from another realm (the extension's isolated world).
      element.addEventListener('input', schedule);
      const observer = new win.MutationObserver(schedule);
      observer.observe(element, { childList: true, subtree: true, characterData: true });
      signal.addEventListener(
        'abort',
        () => {
          element.removeEventListener('input', schedule);
          observer.disconnect();
          if (timer !== null) clearTimeout(timer);
        },
        { once: true },
      );
    },
  };
}
