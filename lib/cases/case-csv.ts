/** Cases, and a case's issues and plan, as CSV, for sharing with the client or a manager. */
import type { CaseDetail } from './case-detail';
import type { CaseListItem } from './case-list';
import { toCsv } from './csv';

export function issuesCsv(detail: CaseDetail): string {
  const messages = new Map(detail.messages.map((m) => [m.id, m]));
  return toCsv(
    ['#', 'Issue', 'Kind', 'Evidence', 'Agreed by client', 'Status', 'Resolved when', 'From message', 'Message date'],
    detail.issues.map((issue, i) => {
      const m = issue.messageLinkId ? messages.get(issue.messageLinkId) : undefined;
      return [
        i + 1,
        issue.statement,
        issue.kind,
        issue.evidence,
        issue.agreed ? 'yes' : 'no',
        issue.status,
        issue.resolvedWhen,
        m?.subject ?? '',
        m?.sentAt ?? '',
      ];
    }),
  );
}

export function actionsCsv(detail: CaseDetail): string {
  const issues = new Map(detail.issues.map((i) => [i.id, i]));
  return toCsv(
    ['#', 'Action', 'For issue', 'Owner', 'Due', 'Done when', 'Quick win', 'Status', 'Done at'],
    detail.actions.map((a, i) => [
      i + 1,
      a.action,
      a.issueId ? (issues.get(a.issueId)?.statement ?? '') : '',
      a.owner,
      a.due ?? '',
      a.doneWhen ?? '',
      a.quickWin ? 'yes' : 'no',
      a.status,
      a.doneAt ?? '',
    ]),
  );
}

/** One line per case, as the list shows them (overdue first), for a manager's report or a spreadsheet. */
export function casesCsv(items: CaseListItem[]): string {
  return toCsv(
    ['Client', 'Contact', 'Case', 'Step', 'Severity', 'Score', 'Outcome', 'Open issues', 'Overdue', 'Next update due', 'Last update', 'Opened', 'Escalated'],
    items.map(({ case: c, client, overdue, openIssues }) => [
      client?.name ?? '',
      client?.mainContact?.email ?? client?.addresses[0] ?? '',
      c.title,
      c.step,
      c.severity,
      c.severityScore ?? '',
      c.outcome,
      openIssues,
      overdue ? 'yes' : 'no',
      c.nextUpdateDue ?? '',
      c.lastUpdateAt ?? '',
      c.openedAt,
      c.escalatedAt ?? '',
    ]),
  );
}
