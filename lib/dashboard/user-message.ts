import { i18n } from '#i18n';

/** One sentence for the user from any failure: the store's typed message when it has one. */
export function userMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'userMessage' in err && typeof err.userMessage === 'string') {
    return err.userMessage;
  }
  if (err instanceof Error && err.message) return err.message;
  return i18n.t('errors.generic');
}
