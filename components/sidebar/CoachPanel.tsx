import { i18n } from '../../lib/content/page-i18n';
import type { CoachFinding } from '../../lib/drafts/types';

const KIND_LABEL: Record<CoachFinding['kind'], () => string> = {
  excuse: () => i18n.t('sidebar.coach.kinds.excuse'),
  defensive: () => i18n.t('sidebar.coach.kinds.defensive'),
  blame: () => i18n.t('sidebar.coach.kinds.blame'),
  'no-acknowledgement': () => i18n.t('sidebar.coach.kinds.noAcknowledgement'),
  'unanswered-issue': () => i18n.t('sidebar.coach.kinds.unansweredIssue'),
  'no-date': () => i18n.t('sidebar.coach.kinds.noDate'),
  overpromise: () => i18n.t('sidebar.coach.kinds.overpromise'),
  placeholder: () => i18n.t('sidebar.coach.kinds.placeholder'),
};

/** Checks the user's own reply against the client's issues while they write it. */
export function CoachPanel({ findings }: { findings: CoachFinding[] | null }) {
  if (findings === null) return null;
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.coach.label')} data-cr="coach" aria-live="polite">
      <h3>{i18n.t('sidebar.coach.heading')}</h3>
      {findings.length === 0 ? (
        <p class="cr-muted" data-cr="coach-ok">
          {i18n.t('sidebar.coach.ok')}
        </p>
      ) : (
        <ul class="cr-findings">
          {findings.map((f, i) => (
            <li key={`${f.kind}-${f.start ?? i}`} data-cr="coach-finding" data-kind={f.kind}>
              <strong>{KIND_LABEL[f.kind]()}</strong>
              {f.phrase && <mark> “{f.phrase}”</mark>}
              <div>{f.why}</div>
              <div class="cr-muted">{f.suggestion}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
