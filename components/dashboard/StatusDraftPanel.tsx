import { i18n } from '#i18n';
import type { CaseDetail } from '../../lib/cases/case-detail';
import { caseContactFirstName, statusUpdateDraft } from '../../lib/drafts';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import type { Settings } from '../../lib/settings/schema';
import { DraftPanel } from './DraftPanel';

interface Props {
  detail: CaseDetail;
  settings: Settings;
  now: Date;
  /** Close button and Escape: the draft goes (the user copied it, or does not want it). */
  onClose(): void;
}

function buildDraft(detail: CaseDetail, settings: Settings, now: Date): string {
  // After this update is sent, the clock restarts from now: that is the date the draft promises.
  const nextUpdateAt = nextUpdateDue({ ...detail.case, lastUpdateAt: now.toISOString() }, settings.working);
  return statusUpdateDraft(
    {
      ...detail,
      settings,
      clientFirstName: caseContactFirstName(detail.client),
      now,
      nextUpdateAt,
    },
    'full',
  ).body;
}

/** The status-update draft, editable as plain text, for the user to copy into their mail. */
export function StatusDraftPanel({ detail, settings, now, onClose }: Props) {
  return (
    <DraftPanel
      heading={i18n.t('dashboard.statusDraft.heading')}
      name="status-draft"
      build={() => buildDraft(detail, settings, now)}
      copiedText={i18n.t('dashboard.statusDraft.copied')}
      onClose={onClose}
    />
  );
}
