import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';
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

export function Toast({ toast, onDismiss, timeoutMs = 8000 }: Props) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);

  if (!toast) return null;
  return (
    <div class="cr-toast" role="status" aria-live="polite">
      <span>{toast.text}</span>
      {toast.action && (
        <Button
          onClick={() => {
            toast.action?.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </Button>
      )}
      <Button variant="quiet" aria-label={i18n.t('ui.dismiss')} onClick={onDismiss}>
        ×
      </Button>
    </div>
  );
}
