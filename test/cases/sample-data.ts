/** A small database that uses every table and field, soft-deleted rows and hostile text included. */
import {
  addAction,
  addIssue,
  escalate,
  logUpdate,
  setCommitment,
  setStep,
  updateAction,
  updateCase,
  updateIssue,
} from '../../lib/cases/case-edits';
import type { RescueDb } from '../../lib/cases/db';
import { createManualCase, openCaseFromMessage } from '../../lib/cases/open-case';
import { softDelete } from '../../lib/cases/soft-delete';
import { dismissThread, recordAnalysedThread } from '../../lib/cases/threads';
import { angryMessage } from './helpers';

export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '=HYPERLINK("http://evil.example","x")',
  '"quoted", comma\r\nnew line',
  '\u202Eevil\u200B zero-width \u{1F621}',
];

export const at = (day: number, hour = 10) => `2026-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export async function fillSample(db: RescueDb): Promise<{ caseIds: string[] }> {
  const a = await openCaseFromMessage(db, angryMessage({ now: at(1), sentAt: at(1, 9) }));
  const b = await openCaseFromMessage(
    db,
    angryMessage({
      sender: { name: HOSTILE[0], address: 'pat@gmail.com' },
      provider: 'outlook',
      threadId: 'AAQk+/=',
      messageId: 'msg-<2>',
      subject: HOSTILE[1],
      report: { level: 'escalation', score: 95 },
      issues: HOSTILE.slice(0, 4).map((h, i) => ({ statement: h, evidence: HOSTILE[i + 3] ?? h, kind: 'specific' as const })),
      now: at(2),
      sentAt: at(2, 8),
    }),
  );
  const manual = await createManualCase(db, { client: { name: 'Mrs Patel' }, title: 'Phone: late delivery', severity: 'upset', now: at(3) });

  await setStep(db, a.case.id, 'plan', at(4));
  await updateCase(db, a.case.id, { cadenceDays: 2, nextUpdateDue: at(6), waitingOnClient: true, agreedAt: at(4), planPromisedBy: at(5) }, at(4));
  await updateIssue(db, a.addedIssues[0].id, { agreed: true, status: 'in-progress', resolvedWhen: 'Credit note issued' }, at(5));
  const extra = await addIssue(db, a.case.id, { statement: HOSTILE[4], evidence: HOSTILE[5], kind: 'generality' }, at(5));
  await setCommitment(db, a.case.id, { text: 'Pay invoice 4411', status: 'agreed' }, at(5));
  const act = await addAction(db, a.case.id, { action: 'Refund duplicate', issueId: a.addedIssues[0].id, quickWin: true, due: at(7) }, at(5));
  await addAction(db, a.case.id, { action: HOSTILE[6], owner: 'client' }, at(5));
  await updateAction(db, act.id, { status: 'done' }, at(6));
  await logUpdate(db, a.case.id, { at: at(6), channel: 'call', summary: 'Agreed the plan', source: 'manual', nextUpdateDue: at(8) }, at(6));
  await escalate(db, b.case.id, 'lead@us.example', at(7));
  await softDelete(db, 'issues', extra.id, at(8));
  await softDelete(db, 'cases', manual.case.id, at(8));
  await recordAnalysedThread(db, {
    id: 'gmail:t-calm', provider: 'gmail', threadId: 't-calm', newestMessageId: 'm-c', fromAddress: 'x@calm.io',
    subject: HOSTILE[2], level: 'calm', score: 5, analysedAt: at(8), messageAt: at(8), dismissed: false,
  });
  await dismissThread(db, 'gmail:t-calm', true, at(9));
  return { caseIds: [a.case.id, b.case.id, manual.case.id] };
}
