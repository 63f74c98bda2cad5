/**
 * Edits to an existing case and the rows under it. Each is a partial update inside one transaction,
 * so two windows editing different fields of the same case both keep their change.
 */
import { refreshCaseWords } from './case-search';
import type { RescueDb } from './db';
import { RecordNotFoundError } from './errors';
import { getOrThrow, iso, isLive, isoOrNull, patchRow, stamp, touchCase, writeTx } from './store';
import type {
  ActionStatus,
  CaseIssue,
  CaseStep,
  CaseUpdate,
  ClientCommitment,
  IssueStatus,
  PlanAction,
  RescueCase,
  UpdateChannel,
} from './types';

type Now = Date | string;

/** Fields a caller may change on a case; identity, stamps and derived words are the store's. */
export type CasePatch = Partial<Omit<RescueCase, 'id' | 'clientId' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'words'>>;

export async function updateCase(db: RescueDb, caseId: string, patch: CasePatch, now: Now = new Date()): Promise<void> {
  await writeTx(db, [db.cases, db.clients, db.issues, db.messages], async () => {
    await patchRow(db.cases, caseId, { ...patch, updatedAt: iso(now) });
    if ('title' in patch) await refreshCaseWords(db, [caseId]);
  });
}

export function setStep(db: RescueDb, caseId: string, step: CaseStep, now: Now = new Date()): Promise<void> {
  return updateCase(db, caseId, { step }, now);
}

export function escalate(db: RescueDb, caseId: string, contact: string, at: Now = new Date()): Promise<void> {
  return updateCase(db, caseId, { escalationContact: contact, escalatedAt: iso(at) }, at);
}

export function closeCase(
  db: RescueDb,
  caseId: string,
  outcome: 'resolved' | 'lost',
  at: Now = new Date(),
): Promise<void> {
  return updateCase(db, caseId, { outcome, closedAt: iso(at) }, at);
}

// ——— issues ———

export interface IssueInput {
  statement: string;
  evidence?: string;
  kind?: CaseIssue['kind'];
  messageLinkId?: string | null;
  agreed?: boolean;
  status?: IssueStatus;
  resolvedWhen?: string;
}

export type IssuePatch = Partial<Omit<CaseIssue, 'id' | 'caseId' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/**
 * Appends issues after the case's last one. Runs inside the caller's transaction (which must cover
 * issues); the caller refreshes the case's words and touches the case.
 */
export async function insertIssues(db: RescueDb, caseId: string, inputs: IssueInput[], now: string): Promise<CaseIssue[]> {
  const existing = await db.issues.where('caseId').equals(caseId).toArray();
  let order = existing.reduce((max, i) => Math.max(max, i.order), -1);
  const rows: CaseIssue[] = inputs.map((input) => ({
    ...stamp(now),
    caseId,
    statement: input.statement,
    evidence: input.evidence ?? '',
    messageLinkId: input.messageLinkId ?? null,
    kind: input.kind ?? 'specific',
    agreed: input.agreed ?? false,
    status: input.status ?? 'open',
    resolvedWhen: input.resolvedWhen ?? '',
    order: ++order,
  }));
  await db.issues.bulkAdd(rows);
  return rows;
}

export async function addIssue(db: RescueDb, caseId: string, input: IssueInput, now: Now = new Date()): Promise<CaseIssue> {
  const at = iso(now);
  return writeTx(db, [db.cases, db.clients, db.issues, db.messages], async () => {
    await touchCase(db, caseId, at);
    const [row] = await insertIssues(db, caseId, [input], at);
    await refreshCaseWords(db, [caseId]);
    return row;
  });
}

export async function updateIssue(db: RescueDb, issueId: string, patch: IssuePatch, now: Now = new Date()): Promise<void> {
  const at = iso(now);
  await writeTx(db, [db.cases, db.clients, db.issues, db.messages], async () => {
    const issue = await getOrThrow(db.issues, issueId);
    await patchRow(db.issues, issueId, { ...patch, updatedAt: at });
    await touchCase(db, issue.caseId, at);
    if ('statement' in patch || 'evidence' in patch) await refreshCaseWords(db, [issue.caseId]);
  });
}

// ——— client commitment ———

/** The case's one commitment: created on first call, updated after. */
/**
 * Changes the case's client commitment: its text, its status, or both. Only what is given changes, so
 * a status picked just after the text was edited cannot write back the text as it was before.
 */
export async function setCommitment(
  db: RescueDb,
  caseId: string,
  change: Partial<Pick<ClientCommitment, 'text' | 'status'>>,
  now: Now = new Date(),
): Promise<ClientCommitment> {
  const at = iso(now);
  return writeTx(db, [db.cases, db.commitments], async () => {
    await touchCase(db, caseId, at);
    const current = (await db.commitments.where('caseId').equals(caseId).toArray()).find(isLive);
    if (current) {
      const next = { ...current, ...change, updatedAt: at };
      await patchRow(db.commitments, current.id, { text: next.text, status: next.status, updatedAt: at });
      return next;
    }
    const row: ClientCommitment = { ...stamp(at), caseId, text: change.text ?? '', status: change.status ?? 'proposed' };
    await db.commitments.add(row);
    return row;
  });
}

// ——— plan actions ———

export interface ActionInput {
  action: string;
  issueId?: string | null;
  owner?: PlanAction['owner'];
  due?: Now | null;
  quickWin?: boolean;
  doneWhen?: string | null;
  status?: ActionStatus;
}

export type ActionPatch = Partial<Omit<PlanAction, 'id' | 'caseId' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/** Actions are listed quick wins first, then by `order` (see sortActions); new ones go last. */
export async function addAction(db: RescueDb, caseId: string, input: ActionInput, now: Now = new Date()): Promise<PlanAction> {
  const at = iso(now);
  return writeTx(db, [db.cases, db.actions, db.issues], async () => {
    await touchCase(db, caseId, at);
    if (input.issueId) await assertIssueOfCase(db, input.issueId, caseId);
    const existing = await db.actions.where('caseId').equals(caseId).toArray();
    const status = input.status ?? 'todo';
    const row: PlanAction = {
      ...stamp(at),
      caseId,
      issueId: input.issueId ?? null,
      action: input.action,
      owner: input.owner ?? 'us',
      due: isoOrNull(input.due),
      quickWin: input.quickWin ?? false,
      doneWhen: input.doneWhen?.trim() || null,
      order: existing.reduce((max, a) => Math.max(max, a.order), -1) + 1,
      status,
      doneAt: status === 'done' ? at : null,
    };
    await db.actions.add(row);
    return row;
  });
}

export async function updateAction(db: RescueDb, actionId: string, patch: ActionPatch, now: Now = new Date()): Promise<void> {
  const at = iso(now);
  await writeTx(db, [db.cases, db.actions, db.issues], async () => {
    const action = await getOrThrow(db.actions, actionId);
    if (patch.issueId) await assertIssueOfCase(db, patch.issueId, action.caseId);
    const changes: ActionPatch & { updatedAt: string } = { ...patch, updatedAt: at };
    // Completion time follows the status unless the caller states it.
    if (patch.status && !('doneAt' in patch)) changes.doneAt = patch.status === 'done' ? at : null;
    await patchRow(db.actions, actionId, changes);
    await touchCase(db, action.caseId, at);
  });
}

/**
 * Gives the listed issues or actions of a case the order they are listed in. Rows of the case that
 * are not listed keep their relative order after the listed ones.
 */
export async function reorder(
  db: RescueDb,
  table: 'issues' | 'actions',
  caseId: string,
  orderedIds: string[],
  now: Now = new Date(),
): Promise<void> {
  const at = iso(now);
  const t = table === 'issues' ? db.issues : db.actions;
  await writeTx(db, [db.cases, t], async () => {
    await touchCase(db, caseId, at);
    const rows: { id: string; order: number }[] = await t.where('caseId').equals(caseId).toArray();
    const known = new Set(rows.map((r) => r.id));
    const unknown = orderedIds.find((id) => !known.has(id));
    if (unknown) throw new RecordNotFoundError(table, unknown);
    const listed = new Set(orderedIds);
    const rest = rows.filter((r) => !listed.has(r.id)).sort((a, b) => a.order - b.order).map((r) => r.id);
    await Promise.all([...orderedIds, ...rest].map((id, order) => t.update(id, { order, updatedAt: at })));
  });
}

/** The plan as shown: quick wins first (the method's "a quick win first"), then the user's order. */
export function sortActions(actions: PlanAction[]): PlanAction[] {
  return [...actions].sort((a, b) => Number(b.quickWin) - Number(a.quickWin) || a.order - b.order);
}

async function assertIssueOfCase(db: RescueDb, issueId: string, caseId: string): Promise<void> {
  const issue = await db.issues.get(issueId);
  if (!issue || issue.caseId !== caseId) throw new RecordNotFoundError('issues', issueId);
}

// ——— update log ———

export interface UpdateInput {
  at: Now;
  channel: UpdateChannel;
  summary: string;
  source: CaseUpdate['source'];
  /** When the next update is now due, if the caller's cadence rules say so. */
  nextUpdateDue?: Now | null;
  /**
   * The caller's id for this update. A request retried after a lost answer (a timeout while the write
   * in fact landed) carries the same id, and the second write is then a no-op instead of a second entry.
   */
  id?: string;
}

/**
 * Records a status update and moves the case's lastUpdateAt forward (never back: logs can be late).
 * Logging an id that is already in the log returns the entry logged first and changes nothing.
 */
export async function logUpdate(db: RescueDb, caseId: string, input: UpdateInput, now: Now = new Date()): Promise<CaseUpdate> {
  const at = iso(now);
  const updateAt = iso(input.at);
  return writeTx(db, [db.cases, db.updates], async () => {
    const logged = input.id === undefined ? undefined : await db.updates.get(input.id);
    if (logged) return logged;
    const row: CaseUpdate = { ...stamp(at), ...(input.id === undefined ? {} : { id: input.id }), caseId, at: updateAt, channel: input.channel, summary: input.summary, source: input.source };
    const n = await db.cases
      .where('id')
      .equals(caseId)
      .modify((c) => {
        if (!c.lastUpdateAt || c.lastUpdateAt < updateAt) c.lastUpdateAt = updateAt;
        if (input.nextUpdateDue !== undefined) c.nextUpdateDue = isoOrNull(input.nextUpdateDue);
        c.updatedAt = at;
      });
    if (n === 0) throw new RecordNotFoundError('cases', caseId);
    await db.updates.add(row);
    return row;
  });
}
