import { i18n } from '../../lib/content/page-i18n';

/** Shown when the provider could not read part of the page: say what is missing instead of guessing. */
export function LayoutNotice({ message, missing }: { message: string; missing: string[] }) {
  return (
    <section class="cr-card cr-notice" role="status" data-cr="layout-changed" data-missing={missing.join(' ')}>
      <h3>{i18n.t('sidebar.layout.heading')}</h3>
      <p>{message}</p>
      <p class="cr-muted">{i18n.t('sidebar.layout.stillWorks')}</p>
    </section>
  );
}
