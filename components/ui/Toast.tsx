import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from './Button';

export interface ToastMessage {
  /** Changes with every toast, so a repeated text restarts the timer. */
  id: number;
  text: string;
  action?: { label: string; run(): void };
}

interface Props {
  toast: ToastMessage | null;
  onDismiss(): void;
  /** Long enough to reach "Undo" by keyboard. */
  timeoutMs?: number;
}

/**
 * A short message with an optional action (Undo). It waits while the keyboard focus or the pointer is
 * on it, so nobody loses Undo while reaching for it, and a keyboard user who pressed one of its
 * buttons goes back to where they came from instead of to the top of the page.
 */
export function Toast({ toast, onDismiss, timeoutMs = 8000 }: Props) {
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const cameFrom = useRef<HTMLElement | null>(null);
  const paused = held.focus || held.pointer;
  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, paused, onDismiss, timeoutMs]);

  if (!toast) return null;
  const close = () => {
    const back = cameFrom.current;
    cameFrom.current = null;
    setHeld({ focus: false, pointer: false });
    onDismiss();
    if (held.focus && back?.isConnected) back.focus();
  };
  return (
    <div
      class="cr-toast"
      role="status"
      aria-live="polite"
      onFocusIn={(e) => {
        const from = e.relatedTarget;
        if (!held.focus && from instanceof HTMLElement && !e.currentTarget.contains(from)) cameFrom.current = from;
        setHeld((h) => ({ ...h, focus: true }));
      }}
      onFocusOut={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
    >
      <span>{toast.text}</span>
      {toast.action && (
        <Button
          onClick={() => {
            toast.action?.run();
            close();
          }}
        >
          {toast.action.label}
        </Button>
      )}
      <Button variant="quiet" aria-label={i18n.t('ui.dismiss')} onClick={close}>
        ×
      </Button>
    </div>
  );
}
