// @vitest-environment jsdom
/**
 * Keyboard users keep their place on the case page: an action that redraws the button they pressed
 * (a step marked done, a card moved, Close swapped for Reopen, the draft opened and closed, an issue
 * added) puts the focus on what replaced it, never back at the top of the page.
 */
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { addAction } from '../../lib/cases/case-edits';
import { button, type, waitFor } from './dom';
import { mountDashboard, newDb, seedCase, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.cleanup();
  h = null;
});

const focused = () => document.activeElement as HTMLElement | null;

async function openSeeded() {
  const db = newDb();
  const { case: c } = await seedCase(db, { address: 'ann@acme.com', name: 'Ann Smith' }, 'Invoice charged twice', [
    { statement: 'Invoice 4411 charged twice' },
  ]);
  await addAction(db, c.id, { action: 'Refund the duplicate charge', quickWin: true });
  h = await mountDashboard(db, `#case=${c.id}`);
  await waitFor(() => h!.container.querySelector('[data-cr="case-page"]'));
  // The page first puts the focus on the case's heading, as it does for every case opened.
  await waitFor(() => focused()?.id === 'case-heading');
  return h.container;
}

/** Presses a button from the keyboard's point of view: it has the focus, then it is clicked. */
async function press(el: HTMLElement) {
  el.focus();
  await act(() => el.click());
}


describe('case page focus', () => {
  it('moves with the step checklist: the next step\'s button takes the focus', async () => {
    const root = await openSeeded();
    await press(button(root, 'Mark Listen done'));
    await waitFor(() => focused()?.textContent === 'Mark Quantify done');
  });

  it('follows a card to its new column on the execution board', async () => {
    const root = await openSeeded();
    await press(button(root, 'Move "Refund the duplicate charge" to Doing'));
    await waitFor(() => focused()?.getAttribute('aria-label') === 'Move "Refund the duplicate charge" to Done');
    await press(focused()!);
    await waitFor(() => focused()?.getAttribute('aria-label') === 'Move "Refund the duplicate charge" back to Doing');
  });

  it('goes from Close to Reopen and back, and from the draft button into the draft and back', async () => {
    const root = await openSeeded();
    await press(button(root, 'Close as resolved'));
    await waitFor(() => focused()?.textContent === 'Reopen');
    await press(button(root, 'Draft a status update'));
    const draft = await waitFor(() => root.querySelector<HTMLTextAreaElement>('[data-cr="status-draft"] textarea'));
    await waitFor(() => focused() === draft);
    // It opens at its greeting, not scrolled to its end.
    expect(draft.value).toMatch(/^(?:Hi \S+|Hello),\n/);
    expect([draft.selectionStart, draft.selectionEnd]).toEqual([0, 0]);
    await act(() => void draft.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await waitFor(() => focused()?.textContent === 'Draft a status update');
  });

  it('lands on Restore after the case is deleted, and Restore brings the case back', async () => {
    const root = await openSeeded();
    await press(button(root, 'Delete case'));
    await waitFor(() => focused()?.textContent?.trim() === 'Restore it');
    await press(focused()!);
    await waitFor(() => root.querySelector('[data-cr="case-page"]'));
  });

  it('stays in the new-issue field after adding one', async () => {
    const root = await openSeeded();
    const field = root.querySelector<HTMLInputElement>('.cr-add-issue input')!;
    field.focus();
    await type(field, 'Weekly report missing since 2 March');
    // The Add button the user pressed is disabled once the field is empty again.
    await press(root.querySelector<HTMLButtonElement>('.cr-add-issue button[type="submit"]')!);
    await waitFor(() => root.textContent?.includes('Weekly report missing since 2 March') && root.querySelector('.cr-add-issue button[disabled]'));
    expect(focused()).toBe(field);
  });
});
