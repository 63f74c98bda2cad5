import { i18n } from '#i18n';
import { Button } from './Button';

interface Props {
  message: string | null;
  onDismiss(): void;
}

/** Storage and import failures: role="alert" so screen readers announce them, and it stays until dismissed. */
export function ErrorAlert({ message, onDismiss }: Props) {
  if (!message) return null;
  return (
    <div class="cr-alert cr-row" role="alert">
      <span style={{ flex: 1 }}>{message}</span>
      <Button variant="quiet" onClick={onDismiss}>
        {i18n.t('ui.dismiss')}
      </Button>
    </div>
  );
}
