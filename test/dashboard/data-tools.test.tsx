// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../../lib/cases/export-import';
import { button, click, waitFor } from './dom';
import { mountDashboard, newDb, NOW, rows, seedCase, type Harness } from './harness';

let h: Harness | null = null;
let downloads: Blob[] = [];

beforeEach(() => {
  downloads = [];
  // jsdom has no object URLs; capture what would be downloaded.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob);
    return `blob:test/${downloads.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(async () => {
  await h?.cleanup();
  h = null;
});

async function chooseFile(root: HTMLElement, name: string, content: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('data tools', () => {
  it('exports everything as versioned JSON', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice', [{ statement: 'Invoice 4411 charged twice' }]);
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 1);
    await click(button(h.container, 'Export all (JSON)'));
    await waitFor(() => downloads.length === 1);
    const file = JSON.parse(await downloads[0].text());
    expect(file.format).toBe('client-rescue');
    expect(typeof file.version).toBe('number');
    expect(file.data.cases[0].title).toBe('Invoice charged twice');
  });

  it('previews an import, then merges it on confirm', async () => {
    const source = newDb();
    await seedCase(source, { address: 'bo@globex.io' }, 'Missed go-live', [{ statement: 'Go-live slipped' }]);
    const exported = JSON.stringify(await exportAll(source, NOW));
    await source.delete();

    h = await mountDashboard();
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    await chooseFile(h.container, 'backup.json', exported);
    const preview = await waitFor(() => h!.container.querySelector('[data-cr="import-preview"]'));
    const casesRow = [...preview.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Cases')!;
    expect([...casesRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '0', '0', '0']);
    expect(await h.db.cases.count()).toBe(0);

    await click(button(preview as HTMLElement, /^Import \d+ new or changed records$/));
    await waitFor(() => rows(h!.container).length === 1);
    expect(rows(h.container)[0].textContent).toContain('Missed go-live');
    expect(document.body.textContent).toContain('Imported:');
  });

  it('warns when a case in the file is open for a client who already has an open case here', async () => {
    const source = newDb();
    await seedCase(source, { address: 'bo@globex.io' }, 'Missed go-live', [{ statement: 'Go-live slipped' }]);
    const exported = JSON.stringify(await exportAll(source, NOW));
    await source.delete();

    const db = newDb();
    await seedCase(db, { address: 'bo@globex.io' }, 'Opened again here', [{ statement: 'Go-live slipped again' }]);
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 1);
    await chooseFile(h.container, 'backup.json', exported);
    const preview = await waitFor(() => h!.container.querySelector('[data-cr="import-preview"]'));
    expect(preview.querySelector('[role="note"]')?.textContent).toBe(
      '1 case in the file is open for a client who already has an open case here. Both are kept; close the one you no longer need.',
    );
  });

  it('rejects a malformed file whole, saying why', async () => {
    h = await mountDashboard();
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    await chooseFile(h.container, 'notes.json', '{"hello": "world"}');
    const alert = await waitFor(() => h!.container.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain("This file can't be imported, so nothing was changed: ");
    expect(alert.textContent).toContain('not a Client Rescue export');
    expect(h.container.querySelector('[data-cr="import-preview"]')).toBeNull();
  });

  it('takes the old error away once a later import works', async () => {
    const source = newDb();
    await seedCase(source, { address: 'bo@globex.io' }, 'Missed go-live', [{ statement: 'Go-live slipped' }]);
    const exported = JSON.stringify(await exportAll(source, NOW));
    await source.delete();
    h = await mountDashboard();
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    await chooseFile(h.container, 'notes.json', 'not json at all');
    await waitFor(() => h!.container.querySelector('[role="alert"]'));
    await chooseFile(h.container, 'backup.json', exported);
    await waitFor(() => h!.container.querySelector('[data-cr="import-preview"]'));
    expect(h.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('erases all data only after offering an export', async () => {
    const db = newDb();
    await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice');
    h = await mountDashboard(db);
    await waitFor(() => rows(h!.container).length === 1);
    await click(button(h.container, 'Erase all data…'));
    const dialog = h.container.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Export a copy first');
    await click(button(dialog, 'Export a copy first'));
    await waitFor(() => downloads.length === 1);
    await click(button(dialog, 'Erase everything'));
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    expect(await db.cases.count()).toBe(0);
  });

  it('purges deleted cases for good', async () => {
    const db = newDb();
    const { case: c } = await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice');
    await db.cases.update(c.id, { deletedAt: NOW.toISOString() });
    h = await mountDashboard(db);
    await waitFor(() => h!.container.textContent?.includes('No rescue cases yet'));
    await click(button(h.container, 'Purge deleted items'));
    await waitFor(() => document.body.textContent?.includes('Purged'));
    expect(await db.cases.count()).toBe(0);
  });

  it('reminds to export when work is over a week old and unexported', async () => {
    const db = newDb();
    const { case: c } = await seedCase(db, { address: 'ann@acme.com' }, 'Invoice charged twice');
    await db.cases.update(c.id, { createdAt: '2026-11-01T10:00:00.000Z' });
    await db.clients.toCollection().modify({ createdAt: '2026-11-01T10:00:00.000Z' });
    h = await mountDashboard(db);
    const banner = await waitFor(() => h!.container.querySelector<HTMLElement>('[data-cr="export-reminder"]'));
    await click(button(banner, 'Export now'));
    await waitFor(() => !h!.container.querySelector('[data-cr="export-reminder"]'));
    expect(downloads).toHaveLength(1);
  });
});
