/** Read-only views of a case that several drafts need: live rows, issue order, owners, the commitment line. */
import type { CaseIssue, ClientCommitment, PlanAction } from '../cases/types';
import { inline } from './compose';
import { toDate } from './dates';
import { t } from './texts';
import type { CaseDraftInput } from './types';

/** Soft-deleted rows stay in the database for undo and export, but never reach a client. */
export function live<T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] {
  return rows.filter((row) => !row.deletedAt);
}

export function orderedIssues(input: CaseDraftInput): CaseIssue[] {
  return live(input.issues)
    .filter((issue) => inline(issue.statement))
    .sort((a, b) => a.order - b.order);
}

export function orderedActions(actions: readonly PlanAction[]): PlanAction[] {
  return live(actions)
    .filter((action) => inline(action.action))
    .sort((a, b) => a.order - b.order);
}

export function ownerLabel(action: PlanAction): string {
  return t(action.owner === 'client' ? 'owner.client' : 'owner.us');
}

/** Newest time a client update was recorded, from the case or its log; null when none has been sent. */
export function lastUpdateTime(input: CaseDraftInput): number | null {
  const times = [input.case.lastUpdateAt, ...live(input.updates).map((u) => u.at)]
    .map((value) => toDate(value)?.date.getTime())
    .filter((time): time is number => time !== undefined);
  return times.length > 0 ? Math.max(...times) : null;
}

/** What the client said they would do once the issues are fixed; a placeholder when nothing was recorded. */
export function commitmentLine(commitment: ClientCommitment | null | undefined): string | null {
  const text = inline(commitment?.text);
  if (!commitment || !text) return t('commitment.missing');
  if (commitment.status === 'declined') return null;
  return t(commitment.status === 'proposed' ? 'commitment.proposed' : 'commitment.agreed', { text });
}
