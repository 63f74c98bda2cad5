/** Shown when the provider could not read part of the page: say what is missing instead of guessing. */
export function LayoutNotice({ message, missing }: { message: string; missing: string[] }) {
  return (
    <section class="cr-card cr-notice" role="status" data-cr="layout-changed" data-missing={missing.join(' ')}>
      <h3>Can't read this message</h3>
      <p>{message}</p>
      <p class="cr-muted">
        Your cases, reminders and the dashboard still work. An update of Client Rescue will follow the new layout.
      </p>
    </section>
  );
}
