// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAction } from '../../lib/cases/case-edits';
import { button, byLabel, choose, click, enterDay, findButton, type, waitFor } from './dom';
import { mountDashboard, newDb, seedCase, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await h?.cleanup();
  h = null;
});

async function openSeeded() {
  const db = newDb();
  const { case: c, issues } = await seedCase(db, { address: 'ann@acme.com', name: 'Ann Smith' }, 'Invoice charged twice', [
    { statement: 'Invoice 4411 charged twice', evidence: 'You charged us twice for 4411.' },
    { statement: 'Nobody ever calls back' },
  ]);
  h = await mountDashboard(db, `#case=${c.id}`);
  await waitFor(() => h!.container.querySelector('[data-cr="case-page"]'));
  return { db, c, issues, root: h.container };
}

const text = (root: HTMLElement) => root.textContent ?? '';

describe('case page', () => {
  it('opens from the address and shows the steps as a checklist with advice', async () => {
    const { root } = await openSeeded();
    const steps = [...root.querySelectorAll('.cr-step')].map((li) => li.textContent);
    expect(steps).toHaveLength(6);
    expect(steps[0]).toMatch(/^NextListen/);
    expect(steps[0]).toContain('do not defend');
    expect(steps[1]).toMatch(/^LaterQuantify/);
  });

  it('moves the case to the next step and keeps the update clock', async () => {
    const { db, c, root } = await openSeeded();
    await click(button(root, 'Mark Listen done'));
    await waitFor(() => text(root).includes('Step: Quantify'));
    const saved = await db.cases.get(c.id);
    expect(saved?.step).toBe('quantify');
    expect(saved?.nextUpdateDue).toBeTruthy();
  });

  it('says when the next update is due as one sentence, lower case after the colon', async () => {
    const { root } = await openSeeded();
    const facts = root.querySelector('.cr-case-facts')!.textContent ?? '';
    // Opened a working day before NOW, the listen step's first update is due by now.
    expect(facts).toContain('Next update: overdue since ');
    expect(facts).not.toMatch(/Next update: [A-Z]/);
  });

  it('edits, adds and removes issues, with undo', async () => {
    const { db, c, root } = await openSeeded();
    await type(byLabel(root, 'New issue'), 'Pallets arrived broken on 12 Nov');
    await click(button(root, 'Add issue'));
    await waitFor(() => root.querySelectorAll('[data-cr="issue"]').length === 3);

    const first = root.querySelector<HTMLElement>('[data-cr="issue"]')!;
    await choose(byLabel(first, 'Status'), 'resolved');
    await click(byLabel(first, 'Client agreed'));

    await click(button(root, 'Remove issue 2'));
    await waitFor(() => root.querySelectorAll('[data-cr="issue"]').length === 2);
    expect(document.body.textContent).toContain('Issue deleted.');
    await click(button(document.body, 'Undo'));
    await waitFor(() => root.querySelectorAll('[data-cr="issue"]').length === 3);

    const issues = (await db.issues.where('caseId').equals(c.id).sortBy('order')).filter((i) => !i.deletedAt);
    expect(issues.map((i) => i.statement)).toEqual([
      'Invoice 4411 charged twice',
      'Nobody ever calls back',
      'Pallets arrived broken on 12 Nov',
    ]);
    expect(issues[0].status).toBe('resolved');
    expect(issues[0].agreed).toBe(true);
  });

  it('saves a typed edit when the field is left, not per key', async () => {
    const { db, issues, root } = await openSeeded();
    const field = byLabel<HTMLInputElement>(root, 'Issue 1');
    field.dispatchEvent(new FocusEvent('focus'));
    await type(field, 'Invoice 4411 charged twice in October');
    expect((await db.issues.get(issues[0].id))?.statement).toBe('Invoice 4411 charged twice');
    field.dispatchEvent(new FocusEvent('blur'));
    await vi.waitFor(async () => expect((await db.issues.get(issues[0].id))?.statement).toBe('Invoice 4411 charged twice in October'));
  });

  it('builds a plan with the quick win first and moves actions across the board', async () => {
    const { db, c, root } = await openSeeded();
    await type(byLabel(root, 'New action'), 'Call Ann weekly');
    await click(button(root, 'Add action'));
    await waitFor(() => root.querySelectorAll('[data-cr="action"]').length === 1);
    await type(byLabel(root, 'New action'), 'Refund the duplicate charge');
    const form = root.querySelector('form[aria-label="New action"]') as HTMLElement;
    await type(byLabel(form, 'Done when'), 'The refund shows on the March statement');
    await click(form.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await click(button(root, 'Add action'));
    await waitFor(() => root.querySelectorAll('[data-cr="action"]').length === 2);

    const planned = [...root.querySelectorAll<HTMLInputElement>('[data-cr="action"] > input')].map((i) => i.value);
    expect(planned).toEqual(['Refund the duplicate charge', 'Call Ann weekly']);

    await click(button(root, 'Move "Refund the duplicate charge" to Doing'));
    await click(await waitFor(() => findButton(root, 'Move "Refund the duplicate charge" to Done')));
    await waitFor(() => text(root.querySelector('[aria-label="Done"]') as HTMLElement).includes('Refund the duplicate charge'));
    const done = (await db.actions.where('caseId').equals(c.id).toArray()).find((a) => a.quickWin);
    expect(done?.status).toBe('done');
    expect(done?.doneAt).toBeTruthy();
    expect(done?.doneWhen).toBe('The refund shows on the March statement');

    // Each action's test can be written or changed in place.
    const other = byLabel<HTMLInputElement>(root, 'Action 2 is done when');
    other.dispatchEvent(new FocusEvent('focus'));
    await type(other, 'Ann confirms the weekly call is in her calendar');
    other.dispatchEvent(new FocusEvent('blur'));
    await vi.waitFor(async () =>
      expect((await db.actions.where('caseId').equals(c.id).toArray()).find((a) => !a.quickWin)?.doneWhen).toBe('Ann confirms the weekly call is in her calendar'),
    );
  });

  it('logs an update, which restarts the clock', async () => {
    const { db, c, root } = await openSeeded();
    await click(button(root, 'Log an update'));
    await choose(byLabel(root, 'Channel'), 'call');
    await type(byLabel(root, 'Summary'), 'Called Ann, refund is on its way.');
    await click(button(root, 'Save update'));
    await waitFor(() => text(root).includes('Called Ann, refund is on its way.'));
    const saved = await db.cases.get(c.id);
    expect(saved?.lastUpdateAt).toBeTruthy();
    expect(saved!.nextUpdateDue! > saved!.lastUpdateAt!).toBe(true);
    expect((await db.updates.toArray())[0]).toMatchObject({ channel: 'call', source: 'manual' });
  });

  it('says why Escalate is greyed out, and how a case escalated with no contact was escalated', async () => {
    const db = newDb();
    const { case: c } = await seedCase(db, { address: 'ann@acme.com', name: 'Ann Smith' }, 'Invoice charged twice', [{ statement: 'Invoice 4411 charged twice' }]);
    // As the sidebar's Escalate leaves it when no escalation contact is set.
    await db.cases.update(c.id, { escalatedAt: '2026-11-24T10:00:00.000Z', escalationContact: null });
    h = await mountDashboard(db, `#case=${c.id}`);
    const root = await waitFor(() => h!.container.querySelector<HTMLElement>('[data-cr="case-page"]'));
    await waitFor(() => text(root).includes('Escalated on'));
    expect(text(root)).toContain('(no escalation contact was set)');
    expect(text(root)).not.toMatch(/Escalated to\s+on/);
    expect(text(root)).toContain('Enter who to escalate to first.');
  });

  it('records agreement, commitment, waiting, escalation and closing', async () => {
    const { db, c, root } = await openSeeded();
    await enterDay(byLabel(root, 'Client agreed to the issue list on'), '2026-11-20');
    const commitment = byLabel<HTMLTextAreaElement>(root, "Client's commitment");
    commitment.dispatchEvent(new FocusEvent('focus'));
    await type(commitment, 'Pay invoice 4411');
    commitment.dispatchEvent(new FocusEvent('blur'));
    await vi.waitFor(async () => expect((await db.commitments.toArray())[0]?.text).toBe('Pay invoice 4411'));
    await choose(byLabel(root, 'Commitment status'), 'agreed');
    await vi.waitFor(async () => expect((await db.commitments.toArray())[0]?.status).toBe('agreed'));

    await click(button(root, 'Snooze until tomorrow'));
    await waitFor(() => text(root).includes('Snoozed until'));
    // NOW is Thursday 10:00 UTC; tomorrow's working day starts Friday.
    expect((await db.cases.get(c.id))?.snoozedUntil?.slice(0, 10)).toBe('2026-11-27');

    await click(byLabel(root, 'Waiting on the client'));
    await waitFor(() => text(root).includes('Next update: paused, waiting on the client'));
    expect((await db.cases.get(c.id))?.nextUpdateDue).toBeNull();

    await type(byLabel(root, 'Escalation contact'), 'Head of Support <hos@us.example>');
    await click(button(root, 'Escalate'));
    await waitFor(() => text(root).includes('Escalated to Head of Support'));
    // The hand-off message, ready to copy or open in the mail app, with the focus in it.
    const handoff = await waitFor(() => root.querySelector<HTMLTextAreaElement>('[data-cr="handoff"] textarea'));
    expect(handoff.value).toContain('Invoice 4411 charged twice');
    await waitFor(() => document.activeElement === handoff);
    expect(root.querySelector<HTMLAnchorElement>('[data-cr="handoff"] a')?.href).toMatch(/^mailto:hos@us\.example\?subject=/);
    expect(findButton(root, 'Escalate again')).not.toBeNull();
    await click(button(root.querySelector('[data-cr="handoff"]') as HTMLElement, 'Close the draft'));
    await waitFor(() => !root.querySelector('[data-cr="handoff"]'));

    await click(button(root, 'Close as resolved'));
    await waitFor(() => text(root).includes('Reopen'));
    // A closed case says where it ended, not what to do next.
    const steps = [...root.querySelectorAll('.cr-step')].map((li) => li.textContent);
    expect(steps[0]).toMatch(/^Closed hereListen/);
    expect(steps[1]).toMatch(/^Not reachedQuantify/);
    expect(root.querySelector('[aria-current="step"]')).toBeNull();
    expect(findButton(root, 'Mark Listen done')).toBeNull();
    const saved = await db.cases.get(c.id);
    expect(saved).toMatchObject({ outcome: 'resolved', escalationContact: 'Head of Support <hos@us.example>' });
    expect(saved?.agreedAt?.slice(0, 10)).toBe('2026-11-20');
  });

  it('opens with the status-update draft from the address, as plain text', async () => {
    const db = newDb();
    const { case: c } = await seedCase(db, { address: 'ann@acme.com', name: 'Ann Smith' }, 'Invoice', [{ statement: 'Invoice 4411 charged twice' }]);
    await addAction(db, c.id, { action: 'Refund the duplicate charge', quickWin: true });
    h = await mountDashboard(db, `#case=${c.id}&draft=status`);
    const draft = await waitFor(() => h!.container.querySelector<HTMLTextAreaElement>('textarea[aria-label="Status update draft"]'));
    expect(draft.value.length).toBeGreaterThan(20);
    expect(draft.value).toContain('Refund the duplicate charge');
    expect(button(h.container, 'Copy')).toBeTruthy();
  });

  it('draws the tone over time from linked messages as SVG', async () => {
    const { db, c, root } = await openSeeded();
    const base = { caseId: c.id, provider: 'gmail' as const, threadId: 't', score: 50, fromAddress: 'ann@acme.com', deletedAt: null };
    await db.messages.bulkAdd([
      { ...base, id: 'm1', messageId: 'm1', subject: 'Charged twice!', sentAt: '2026-11-20T10:00:00Z', level: 'upset', createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-20T10:00:00Z' },
      { ...base, id: 'm2', messageId: 'm2', subject: 'Thanks', sentAt: '2026-11-24T10:00:00Z', level: 'calm', createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z' },
    ]);
    const svg = await waitFor(() => root.querySelector('svg.cr-tone-chart'));
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.getAttribute('aria-label')).toContain('latest calm');
  });

  it('shows a storage failure in a visible alert instead of losing it', async () => {
    const { db, root } = await openSeeded();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.issues, 'bulkAdd').mockRejectedValue(quota);
    await type(byLabel(root, 'New issue'), 'Another one');
    await click(button(root, 'Add issue'));
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('run out of storage');
  });

  it('deletes the case softly and restores it', async () => {
    const { db, c, root } = await openSeeded();
    await click(button(root, 'Delete case'));
    await waitFor(() => text(root).includes('This case is deleted.'));
    await click(button(document.body, 'Undo'));
    await waitFor(() => root.querySelector('[data-cr="case-page"]'));
    expect((await db.cases.get(c.id))?.deletedAt).toBeNull();
  });
});
