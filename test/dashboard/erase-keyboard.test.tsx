// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { button, click, waitFor } from './dom';
import { mountDashboard, newDb, rows, seedCase, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.cleanup();
  h = null;
});

describe('erase all data, from the keyboard', () => {
  it('moves the focus to the question, on Cancel, and Escape puts it back on the button with nothing erased', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice');
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 1);
    const open = button(h.container, 'Erase all data…');
    open.focus();
    await click(open);
    const dialog = await waitFor(() => h!.container.querySelector<HTMLElement>('[role="alertdialog"]'));
    await waitFor(() => document.activeElement === button(dialog, 'Cancel'));
    await act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await waitFor(() => !h!.container.querySelector('[role="alertdialog"]'));
    await waitFor(() => document.activeElement === button(h!.container, 'Erase all data…'));
    expect(await db.cases.count()).toBe(1);
  });
});
