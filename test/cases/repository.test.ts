import { describe, expect, it } from 'vitest';
import {
  addAction,
  addIssue,
  closeCase,
  escalate,
  logUpdate,
  reorder,
  setCommitment,
  setStep,
  updateAction,
  updateCase,
  updateIssue,
} from '../../lib/cases/case-edits';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { RecordNotFoundError } from '../../lib/cases/errors';
import { createManualCase, openCaseForClient, openCaseFromMessage } from '../../lib/cases/open-case';
import { dismissThread, recordAnalysedThread, threadsByIds } from '../../lib/cases/threads';
import { angryMessage, freshDb, NOW } from './helpers';
import { HOSTILE } from './sample-data';
import { softDelete } from '../../lib/cases/soft-delete';

describe('openCaseFromMessage', () => {
  it('creates the client, the case, the linked message, its issues and the thread link', async () => {
    const db = freshDb();
    const r = await openCaseFromMessage(db, angryMessage());
    expect(r.created).toBe(true);
    expect(r.client).toMatchObject({ key: 'acme-corp.com', name: 'Acme Corp', domain: 'acme-corp.com', addresses: ['dana.reyes@acme-corp.com'] });
    expect(r.client.mainContact).toEqual({ name: 'Dana Reyes', email: 'dana.reyes@acme-corp.com' });
    expect(r.case).toMatchObject({
      clientId: r.client.id,
      title: 'Invoice 4411 charged twice AGAIN',
      step: 'listen',
      outcome: 'open',
      severity: 'upset',
      severityScore: 72,
      openedAt: NOW,
      updatedAt: NOW,
      waitingOnClient: false,
    });
    expect(r.message).toMatchObject({ provider: 'gmail', threadId: 't-100', messageId: 'm-1', level: 'upset', score: 72 });

    const detail = await getCaseDetail(db, r.case.id);
    expect(detail.issues.map((i) => [i.statement, i.kind, i.order, i.messageLinkId, i.status, i.agreed])).toEqual([
      ['Invoice 4411 charged twice', 'specific', 0, r.message.id, 'open', false],
      ['You never answer', 'generality', 1, r.message.id, 'open', false],
    ]);
    const [thread] = await threadsByIds(db, ['gmail:t-100']);
    expect(thread).toMatchObject({ caseId: r.case.id, dismissed: false, level: 'upset' });
  });

  it("adds a colleague's message to the client's open case, once, without duplicating issues", async () => {
    const db = freshDb();
    const first = await openCaseFromMessage(db, angryMessage());
    const second = await openCaseFromMessage(
      db,
      angryMessage({
        sender: { name: 'Lee', address: 'lee@acme-corp.com' },
        threadId: 't-200',
        messageId: 'm-9',
        report: { level: 'escalation', score: 91 },
        issues: [
          { statement: 'invoice 4411  charged TWICE', evidence: 'dup', kind: 'specific' },
          { statement: 'Report export is broken', evidence: 'The export fails.', kind: 'specific' },
        ],
        now: '2026-03-03T10:00:00.000Z',
      }),
    );
    expect(second.created).toBe(false);
    expect(second.case.id).toBe(first.case.id);
    expect(second.case.severity).toBe('escalation');
    expect(second.case.severityScore).toBe(91);
    expect(second.client.addresses).toEqual(['dana.reyes@acme-corp.com', 'lee@acme-corp.com']);
    expect(second.addedIssues.map((i) => i.statement)).toEqual(['Report export is broken']);

    // The same click twice links the message once.
    const again = await openCaseFromMessage(db, angryMessage({ issues: [] }));
    expect(again.message.id).toBe(first.message.id);
    const detail = await getCaseDetail(db, first.case.id);
    expect(detail.messages).toHaveLength(2);
    expect(detail.issues.map((i) => i.order)).toEqual([0, 1, 2]);
  });

  it('opens a new case once the previous one is closed, and keeps free-mail senders apart', async () => {
    const db = freshDb();
    const a = await openCaseFromMessage(db, angryMessage());
    await closeCase(db, a.case.id, 'resolved', '2026-03-05T00:00:00.000Z');
    const b = await openCaseFromMessage(db, angryMessage({ messageId: 'm-2' }));
    expect(b.created).toBe(true);
    const x = await openCaseFromMessage(db, angryMessage({ sender: { name: 'Sam', address: 'sam@gmail.com' } }));
    const y = await openCaseFromMessage(db, angryMessage({ sender: { name: 'Kim', address: 'kim@gmail.com' } }));
    expect(x.client.id).not.toBe(y.client.id);
    expect(x.client.name).toBe('Sam');
  });

  it('un-dismisses a thread the user opens a case for', async () => {
    const db = freshDb();
    await recordAnalysedThread(db, {
      id: 'gmail:t-100', provider: 'gmail', threadId: 't-100', newestMessageId: 'm-1', fromAddress: 'x@acme-corp.com',
      subject: 's', level: 'concerned', score: 40, analysedAt: NOW, messageAt: NOW, dismissed: false,
    });
    await dismissThread(db, 'gmail:t-100', true, NOW);
    expect((await threadsByIds(db, ['gmail:t-100']))[0].dismissed).toBe(true);
    await openCaseFromMessage(db, angryMessage());
    expect((await threadsByIds(db, ['gmail:t-100']))[0].dismissed).toBe(false);
  });
});

describe('recordAnalysedThread', () => {
  it("updates the analyser's fields but keeps the user's dismissal and case link", async () => {
    const db = freshDb();
    const base = {
      id: 'outlook:t1', provider: 'outlook' as const, threadId: 't1', newestMessageId: 'm1', fromAddress: 'a@b.com',
      subject: 'Hello', level: 'upset' as const, score: 70, analysedAt: NOW, messageAt: NOW, dismissed: false,
    };
    await recordAnalysedThread(db, base);
    await dismissThread(db, 'outlook:t1', true, NOW);
    await recordAnalysedThread(db, { ...base, newestMessageId: 'm2', score: 80, analysedAt: '2026-03-03T00:00:00.000Z' });
    const rows = await threadsByIds(db, ['outlook:t1', 'outlook:unknown']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ newestMessageId: 'm2', score: 80, dismissed: true, updatedAt: '2026-03-03T00:00:00.000Z' });
  });
});

describe('manual cases and edits', () => {
  it('opens a case by hand for a company without a message', async () => {
    const db = freshDb();
    const { case: c, client, issues } = await createManualCase(db, {
      client: { domain: 'Northwind.com' },
      title: 'Call: delivery late',
      issues: [{ statement: 'Delivery 3 weeks late' }],
      now: NOW,
    });
    expect(client).toMatchObject({ key: 'northwind.com', name: 'Northwind', addresses: [] });
    expect(c).toMatchObject({ title: 'Call: delivery late', severity: 'concerned', step: 'listen' });
    expect(issues[0]).toMatchObject({ statement: 'Delivery 3 weeks late', evidence: '', kind: 'specific', order: 0 });
    const named = await createManualCase(db, { client: { name: 'Mrs Patel' }, title: 'Phone call', now: NOW });
    expect(named.client.key).toBe('name:mrs patel');
  });

  it("adding the same message again brings back none of its issues the user has reworded or removed", async () => {
    const db = freshDb();
    const first = await openCaseFromMessage(db, angryMessage());
    const [charged, never] = first.addedIssues;
    await updateIssue(db, charged.id, { statement: 'Invoice 4411 (£1,240) charged twice on 2 March' });
    await softDelete(db, 'issues', never.id);
    const again = await openCaseFromMessage(db, angryMessage());
    expect(again.addedIssues).toEqual([]);
    const live = (await getCaseDetail(db, first.case.id)).issues;
    expect(live.map((i) => i.statement)).toEqual(['Invoice 4411 (£1,240) charged twice on 2 March']);
    // A new issue in that message still comes in.
    const more = await openCaseFromMessage(db, angryMessage({ issues: [...angryMessage().issues, { statement: 'Nobody called back', evidence: 'Nobody called me back.', kind: 'specific' }] }));
    expect(more.addedIssues.map((i) => i.statement)).toEqual(['Nobody called back']);
  });

  it("changes only the commitment's status or only its text, whichever is given", async () => {
    const db = freshDb();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    await setCommitment(db, c.id, { status: 'agreed' });
    expect((await getCaseDetail(db, c.id)).commitment).toMatchObject({ text: '', status: 'agreed' });
    await setCommitment(db, c.id, { text: 'Pay invoice 4411' });
    await setCommitment(db, c.id, { status: 'fulfilled' });
    expect((await getCaseDetail(db, c.id)).commitment).toMatchObject({ text: 'Pay invoice 4411', status: 'fulfilled' });
  });

  it('runs a case through the method and sets updatedAt on every write', async () => {
    const db = freshDb();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    const t = (d: number) => `2026-03-${String(d).padStart(2, '0')}T10:00:00.000Z`;

    await setStep(db, c.id, 'quantify', t(3));
    const issue = await addIssue(db, c.id, { statement: 'Late reports', evidence: 'Reports are late' }, t(4));
    await updateIssue(db, issue.id, { agreed: true, resolvedWhen: 'Report arrives by 9am for 5 days' }, t(5));
    await setCommitment(db, c.id, { text: 'Pay invoice 4411', status: 'proposed' }, t(6));
    await setCommitment(db, c.id, { text: 'Pay invoice 4411 and renew', status: 'agreed' }, t(7));
    const slow = await addAction(db, c.id, { action: 'Rebuild report job', issueId: issue.id, due: t(20) }, t(8));
    await addAction(db, c.id, { action: 'Refund duplicate charge', quickWin: true, owner: 'us' }, t(8));
    await updateAction(db, slow.id, { status: 'done' }, t(9));
    await logUpdate(db, c.id, { at: t(10), channel: 'call', summary: 'Walked through the plan', source: 'manual', nextUpdateDue: t(12) }, t(10));
    await logUpdate(db, c.id, { at: t(9), channel: 'email', summary: 'Late log of an earlier mail', source: 'manual' }, t(11));
    await escalate(db, c.id, 'boss@us.com', t(13));

    const d = await getCaseDetail(db, c.id);
    expect(d.case).toMatchObject({
      step: 'quantify', lastUpdateAt: t(10), nextUpdateDue: t(12), escalationContact: 'boss@us.com', escalatedAt: t(13), updatedAt: t(13),
    });
    expect(d.issues[2]).toMatchObject({ agreed: true, resolvedWhen: 'Report arrives by 9am for 5 days', updatedAt: t(5) });
    expect(d.commitment).toMatchObject({ text: 'Pay invoice 4411 and renew', status: 'agreed', updatedAt: t(7) });
    expect(await db.commitments.count()).toBe(1);
    expect(d.actions.map((a) => a.action)).toEqual(['Refund duplicate charge', 'Rebuild report job']);
    expect(d.actions[1]).toMatchObject({ status: 'done', doneAt: t(9), issueId: issue.id, due: t(20) });
    expect(d.updates.map((u) => u.at)).toEqual([t(9), t(10)]);

    await closeCase(db, c.id, 'resolved', t(14));
    expect((await getCaseDetail(db, c.id)).case).toMatchObject({ outcome: 'resolved', closedAt: t(14), updatedAt: t(14) });
  });

  it('reorders issues and actions; quick wins stay on top', async () => {
    const db = freshDb();
    const { case: c, addedIssues } = await openCaseFromMessage(db, angryMessage());
    await reorder(db, 'issues', c.id, [addedIssues[1].id], NOW);
    expect((await getCaseDetail(db, c.id)).issues.map((i) => i.statement)).toEqual(['You never answer', 'Invoice 4411 charged twice']);

    const a = await addAction(db, c.id, { action: 'A' }, NOW);
    const b = await addAction(db, c.id, { action: 'B' }, NOW);
    const q = await addAction(db, c.id, { action: 'Q', quickWin: true }, NOW);
    await reorder(db, 'actions', c.id, [b.id, a.id, q.id], NOW);
    expect((await getCaseDetail(db, c.id)).actions.map((x) => x.action)).toEqual(['Q', 'B', 'A']);
    await expect(reorder(db, 'actions', c.id, ['nope'], NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps both of two concurrent edits to one case', async () => {
    const db = freshDb();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    await Promise.all([
      updateCase(db, c.id, { waitingOnClient: true }, NOW),
      setStep(db, c.id, 'agree', NOW),
      logUpdate(db, c.id, { at: NOW, channel: 'email', summary: 'x', source: 'seen-reply' }, NOW),
      addIssue(db, c.id, { statement: 'One' }, NOW),
      addIssue(db, c.id, { statement: 'Two' }, NOW),
    ]);
    const d = await getCaseDetail(db, c.id);
    expect(d.case).toMatchObject({ waitingOnClient: true, step: 'agree', lastUpdateAt: NOW });
    expect(d.issues.map((i) => i.statement).slice(2).sort()).toEqual(['One', 'Two']);
    expect(new Set(d.issues.map((i) => i.order)).size).toBe(4);
  });

  it('fails loudly on unknown ids instead of writing nothing', async () => {
    const db = freshDb();
    await expect(setStep(db, 'missing', 'plan', NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addIssue(db, 'missing', { statement: 'x' }, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(getCaseDetail(db, 'missing')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.issues.count()).toBe(0);
  });
});

describe('openCaseForClient', () => {
  it("finds the sender's client's open case by any address at the domain", async () => {
    const db = freshDb();
    expect(await openCaseForClient(db, 'x@acme-corp.com')).toBeNull();
    const { case: c } = await openCaseFromMessage(db, angryMessage());
    expect((await openCaseForClient(db, 'SOMEONE.else@acme-corp.com'))?.id).toBe(c.id);
    await closeCase(db, c.id, 'lost', NOW);
    expect(await openCaseForClient(db, 'x@acme-corp.com')).toBeNull();
  });
});

describe('hostile text', () => {
  it('is stored and read back as the exact inert string, never altered or interpreted', async () => {
    const db = freshDb();
    const r = await openCaseFromMessage(
      db,
      angryMessage({
        sender: { name: HOSTILE[0], address: 'x@gmail.com' },
        subject: HOSTILE[1],
        issues: HOSTILE.map((h) => ({ statement: h, evidence: h, kind: 'specific' as const })),
      }),
    );
    const d = await getCaseDetail(db, r.case.id);
    expect(d.client.name).toBe(HOSTILE[0]);
    expect(d.case.title).toBe(HOSTILE[1]);
    expect(d.messages[0].subject).toBe(HOSTILE[1]);
    expect(d.issues.map((i) => i.statement)).toEqual(HOSTILE);
    expect(d.issues.map((i) => i.evidence)).toEqual(HOSTILE);
  });
});
