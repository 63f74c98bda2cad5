import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { CaseDetail } from '../../lib/cases/case-detail';
import { firstNameFrom, statusUpdateDraft } from '../../lib/drafts';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import type { Settings } from '../../lib/settings/schema';
import { Button } from '../ui/Button';

interface Props {
  detail: CaseDetail;
  settings: Settings;
  now: Date;
  /** Close button and Escape: the draft goes (the user copied it, or does not want it). */
  onClose(): void;
}

function buildDraft(detail: CaseDetail, settings: Settings, now: Date): string {
  const contact = detail.client.mainContact;
  // A case opened by hand may carry the company's name as the contact's: never greet "Hi Acme,".
  const personName = contact?.name && contact.name !== detail.client.name ? contact.name : null;
  // After this update is sent, the clock restarts from now: that is the date the draft promises.
  const nextUpdateAt = nextUpdateDue({ ...detail.case, lastUpdateAt: now.toISOString() }, settings.working);
  return statusUpdateDraft(
    {
      ...detail,
      settings,
      clientFirstName: firstNameFrom(personName, contact?.email ?? detail.client.addresses[0] ?? null),
      now,
      nextUpdateAt,
    },
    'full',
  ).body;
}

/** The status-update draft, editable as plain text, for the user to copy into their mail. */
export function StatusDraftPanel({ detail, settings, now, onClose }: Props) {
  // Built once when shown, and again only when the user asks, so live case changes never wipe their edits.
  const [text, setText] = useState(() => buildDraft(detail, settings, now));
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(i18n.t('dashboard.statusDraft.copied'));
    } catch {
      setStatus(i18n.t('dashboard.statusDraft.noClipboard'));
    }
  }

  return (
    <section
      class="cr-card cr-stack"
      aria-labelledby="draft-heading"
      data-cr="status-draft"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="draft-heading">{i18n.t('dashboard.statusDraft.heading')}</h2>
      <textarea aria-label={i18n.t('dashboard.statusDraft.heading')} rows={14} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="cr-row">
        <Button variant="primary" onClick={copy} disabled={!text}>
          {i18n.t('dashboard.statusDraft.copy')}
        </Button>
        <Button onClick={() => setText(buildDraft(detail, settings, now))}>{i18n.t('dashboard.statusDraft.rebuild')}</Button>
        <Button variant="quiet" onClick={onClose}>
          {i18n.t('dashboard.statusDraft.close')}
        </Button>
      </div>
      {status && (
        <p role="status" class="cr-muted">
          {status}
        </p>
      )}
    </section>
  );
}
