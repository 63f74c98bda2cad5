/** One case in full, as the case page, the drafts and the export read it. */
import { sortActions } from './case-edits';
import { RecordNotFoundError } from './errors';
import type { RescueDb } from './db';
import { isLive, readTx } from './store';
import type {
  CaseIssue,
  CaseUpdate,
  Client,
  ClientCommitment,
  LinkedMessage,
  PlanAction,
  RescueCase,
} from './types';

export interface CaseDetail {
  /** Returned even when soft-deleted (deletedAt set), so the UI can offer undo. */
  case: RescueCase;
  client: Client;
  /** By `order`. Soft-deleted rows are left out of every list here. */
  issues: CaseIssue[];
  commitment: ClientCommitment | null;
  /** Quick wins first, then by `order`. */
  actions: PlanAction[];
  /** Oldest first. */
  updates: CaseUpdate[];
  /** By sent time, oldest first: the tone-over-time chart reads them in this order. */
  messages: LinkedMessage[];
}

/** Throws RecordNotFoundError when the case (or, after a damaged import, its client) does not exist. */
export async function getCaseDetail(db: RescueDb, caseId: string): Promise<CaseDetail> {
  const tables = [db.cases, db.clients, db.issues, db.commitments, db.actions, db.updates, db.messages];
  return readTx(db, tables, async () => {
    const c = await db.cases.get(caseId);
    if (!c) throw new RecordNotFoundError('cases', caseId);
    const [client, issues, commitments, actions, updates, messages] = await Promise.all([
      db.clients.get(c.clientId),
      db.issues.where('caseId').equals(caseId).filter(isLive).toArray(),
      db.commitments.where('caseId').equals(caseId).filter(isLive).toArray(),
      db.actions.where('caseId').equals(caseId).filter(isLive).toArray(),
      db.updates.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).filter(isLive).toArray(),
      db.messages.where('caseId').equals(caseId).filter(isLive).toArray(),
    ]);
    if (!client) throw new RecordNotFoundError('clients', c.clientId);
    return {
      case: c,
      client,
      issues: issues.sort((a, b) => a.order - b.order),
      commitment: commitments.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null,
      actions: sortActions(actions),
      updates,
      messages: messages.sort((a, b) => (a.sentAt ?? a.createdAt).localeCompare(b.sentAt ?? b.createdAt)),
    };
  });
}
