/**
 * Follows the reply box the user is writing in, so the coach can read the draft. A reply box appears
 * when the user clicks Reply; focus moving into the page is the cheap, event-driven moment to look
 * for it (no polling, no page-wide observer).
 */
import type { ComposeBox, MailProvider } from '../providers/types';

export function watchCompose(
  provider: MailProvider,
  doc: Document,
  onText: (text: string | null) => void,
  signal: AbortSignal,
): () => void {
  let current: ComposeBox | null = null;
  let stopCurrent: AbortController | null = null;

  function check() {
    const box = provider.findCompose();
    if (box?.element === current?.element && box?.element.isConnected) return;
    stopCurrent?.abort();
    current = box;
    if (!box) {
      onText(null);
      return;
    }
    stopCurrent = new AbortController();
    box.observe(onText, stopCurrent.signal);
    onText(box.readText());
  }

  doc.addEventListener('focusin', check, { signal });
  signal.addEventListener('abort', () => stopCurrent?.abort(), { once: true });
  return check;
}
