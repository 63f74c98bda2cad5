// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { button, byLabel, choose, click, type, waitFor } from './dom';
import { mountDashboard, newDb, NOW, rows, seedCase, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.cleanup();
  h = null;
});

describe('case list', () => {
  it('says how to start when there are no cases', async () => {
    h = await mountDashboard();
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    expect(h.container.textContent).toContain(
      'No rescue cases yet. Open one from a flagged message in Gmail or Outlook, or add one by hand after a call.',
    );
    expect(h.container.textContent).not.toContain('as CSV');
  });

  it('lists cases overdue first, with client, title, step, severity, due and open issues', async () => {
    const db = newDb();
    const acme = await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice', [{ statement: 'Invoice 4411 charged twice' }], '2026-11-27T10:00:00Z');
    await seedCase(db, { address: 'bo@globex.io' }, 'Missed go-live', [{ statement: 'Go-live slipped' }, { statement: 'No call back' }], '2026-11-25T10:00:00Z');
    // Acme heard from us an hour ago: its next update is a working day away. Globex, opened a day ago, is due.
    await db.cases.update(acme.case.id, { lastUpdateAt: new Date(NOW.getTime() - 3_600_000).toISOString() });
    h = await mountDashboard(db);
    const [first, second] = await waitFor(() => rows(h!.container).length === 2 && rows(h!.container));

    expect(first.textContent).toContain('Globex');
    expect(first.textContent).toContain('Missed go-live');
    expect(first.textContent).toContain('Listen');
    expect(first.textContent).toContain('Concerned');
    expect(first.textContent).toContain('2 open issues');
    expect(first.querySelector('.cr-overdue')?.textContent).toMatch(/^Overdue since/);
    expect(second.textContent).toContain('Acme');
    expect(second.querySelector('.cr-overdue')).toBeNull();
    expect(second.textContent).toContain('1 open issue');
    expect(button(h.container, '2 cases as CSV')).toBeTruthy();
    // Headings over the columns for the eye; each row's link already reads whole to a screen reader.
    const head = h.container.querySelector('.cr-case-head')!;
    expect([...head.children].map((c) => c.textContent)).toEqual(['Client', 'Case', 'Step or outcome', 'How upset', 'Next update', 'Open issues']);
    expect(head.getAttribute('aria-hidden')).toBe('true');
  });

  it('searches by issue text and filters by outcome', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Billing', [{ statement: 'Invoice 4411 charged twice' }]);
    await seedCase(db, { address: 'bo@globex.io' }, 'Delivery', [{ statement: 'Pallets arrived broken' }]);
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 2);

    await type(byLabel(h.container, 'Search'), 'pallet');
    await waitFor(() => rows(h!.container).length === 1);
    expect(rows(h.container)[0].textContent).toContain('Delivery');

    await type(byLabel(h.container, 'Search'), 'nothing-like-this');
    await waitFor(() => h!.container.textContent?.includes('No cases match these filters.'));

    await type(byLabel(h.container, 'Search'), '');
    await choose(byLabel(h.container, 'Outcome'), 'resolved');
    await waitFor(() => h!.container.textContent?.includes('No cases match these filters.'));
  });

  it('pages long lists', async () => {
    const db = newDb();
    for (let i = 0; i < 55; i++) await seedCase(db, { address: `c${i}@client${i}.com` }, `Case ${i}`);
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 50);
    expect(h.container.textContent).toContain('1–50 of 55');
    await click(button(h.container, 'Next'));
    await waitFor(() => rows(h!.container).length === 5);
    expect(h.container.textContent).toContain('51–55 of 55');
  });

  it('opens a new case by hand and shows it', async () => {
    h = await mountDashboard();
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    await click(button(h.container, 'New case'));
    await type(byLabel(h.container, 'Client name'), 'Initech');
    await type(byLabel(h.container, 'Client email'), 'bill@initech.com');
    await type(byLabel(h.container, 'What is wrong, in a few words'), 'TPS reports lost after call');
    // No message to score: the user says how upset the client sounded on the call.
    expect(byLabel<HTMLSelectElement>(h.container, 'How upset the client is').value).toBe('concerned');
    await choose(byLabel(h.container, 'How upset the client is'), 'escalation');
    await click(button(h.container, 'Open case'));

    await waitFor(() => h!.container.querySelector('[data-cr="case-page"]'));
    expect(location.hash).toMatch(/^#case=/);
    const [saved] = await h.db.cases.toArray();
    expect(saved.title).toBe('TPS reports lost after call');
    expect(saved.severity).toBe('escalation');
    // And it can be changed on the case page.
    const severity = await waitFor(() => h!.container.querySelector<HTMLSelectElement>('[data-cr="case-page"] select.cr-level-escalation'));
    await choose(severity, 'upset');
    await waitFor(() => h!.container.querySelector('[data-cr="case-page"] select.cr-level-upset'));
    expect((await h.db.cases.get(saved.id))?.severity).toBe('upset');
    // The first update falls due per the listen cadence, so the case can show as overdue later.
    expect(saved.nextUpdateDue).toBeTruthy();
  });

  it('opens a case from its row', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice', [{ statement: 'Invoice 4411 charged twice', evidence: 'You charged us TWICE <b>again</b>' }]);
    h = await mountDashboard(db);
    const [row] = await waitFor(() => rows(h!.container).length === 1 && rows(h!.container));
    expect(row.tagName).toBe('A');
    await click(row);
    await waitFor(() => h!.container.querySelector('[data-cr="case-page"]'));
    const issue = h.container.querySelector<HTMLInputElement>('[data-cr="issue"] input')!;
    expect(issue.value).toBe('Invoice 4411 charged twice');
    // Evidence is the client's text, shown as text: markup in it stays visible characters.
    expect(h.container.querySelector('.cr-evidence')?.textContent).toContain('<b>again</b>');
    expect(h.container.querySelector('.cr-evidence b')).toBeNull();
  });

  it('comes back from a case to the list as it was left, with the focus on that case\'s row', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Billing', [{ statement: 'Invoice 4411 charged twice' }]);
    const delivery = await seedCase(db, { address: 'bo@globex.io' }, 'Delivery', [{ statement: 'Pallets arrived broken' }]);
    await seedCase(db, { address: 'cy@initech.com' }, 'Damaged pallet returns', [{ statement: 'Pallet returns refused' }]);
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 3);
    await type(byLabel(h.container, 'Search'), 'pallet');
    await waitFor(() => rows(h!.container).length === 2);

    location.hash = `#case=${delivery.case.id}`;
    await waitFor(() => h!.container.querySelector('[data-cr="case-page"]'));
    await click(button(h.container, '← All cases'));

    await waitFor(() => rows(h!.container).length === 2);
    expect(byLabel<HTMLInputElement>(h.container, 'Search').value).toBe('pallet');
    const row = await waitFor(() => rows(h!.container).find((r) => r.textContent?.includes('Delivery')));
    await waitFor(() => document.activeElement === row);
  });
});

