import type { ToneIssue } from '../../lib/tone/types';

/** The specific complaints found, each with its evidence; generalities are marked for a follow-up question. */
export function IssueList({ issues }: { issues: ToneIssue[] }) {
  if (issues.length === 0) {
    return <p class="cr-muted">No specific complaint found in this message.</p>;
  }
  return (
    <section class="cr-card" aria-label="Issues">
      <h3>Issues ({issues.length})</h3>
      <ol class="cr-issues">
        {issues.map((issue) => (
          <li key={`${issue.start}`} data-cr="issue" data-kind={issue.kind} title={issue.evidence}>
            {issue.statement}
            {issue.kind === 'generality' && <span class="cr-chip">ask for an example</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
