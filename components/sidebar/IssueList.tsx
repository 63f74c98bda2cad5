import { i18n } from '../../lib/content/page-i18n';
import type { ToneIssue } from '../../lib/tone/types';

/**
 * The specific complaints found, each with its evidence; generalities are marked for a follow-up question.
 * `scored` false: the analyser did not read the message (another language, too short), so "no complaint
 * found" would claim a look that was never taken.
 */
export function IssueList({ issues, scored = true }: { issues: ToneIssue[]; scored?: boolean }) {
  if (!scored) {
    return (
      <p class="cr-muted" data-cr="issues-not-read">
        {i18n.t('sidebar.issues.notRead')}
      </p>
    );
  }
  if (issues.length === 0) {
    return <p class="cr-muted">{i18n.t('sidebar.issues.none')}</p>;
  }
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.issues.label')}>
      <h3>{i18n.t('sidebar.issues.heading', [issues.length])}</h3>
      <ol class="cr-issues">
        {issues.map((issue, i) => (
          <li key={`${issue.start}-${issue.source?.start ?? i}`} data-cr="issue" data-kind={issue.kind} title={issue.evidence}>
            {issue.statement}
            {issue.kind === 'generality' && <span class="cr-chip">{i18n.t('sidebar.issues.askExample')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
