// @vitest-environment jsdom
// First: dexie reads the global indexedDB when it loads, and liveQuery needs that global.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Client, RescueCase } from '../../lib/cases/types';
import { waitFor } from './dom';
import { mountDashboard, newDb, rows } from './harness';

describe('case list at scale', () => {
  it('draws one page of 5,000 cases, overdue first', async () => {
    const db = newDb();
    const at = '2026-11-01T10:00:00.000Z';
    const stamp = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null });
    const clients: Client[] = Array.from({ length: 5000 }, (_, i) => ({
      ...stamp(`cl${i}`), key: `client${i}.com`, name: `Client ${i}`, domain: `client${i}.com`, addresses: [],
    }));
    const cases: RescueCase[] = clients.map((c, i) => ({
      ...stamp(`case${i}`), clientId: c.id, title: `Case ${i}`, step: 'listen', outcome: 'open', severity: 'upset',
      openedAt: at, waitingOnClient: false, words: ['case', `client${i}`],
      // Every hundredth case is overdue at the harness's NOW (26 Nov).
      nextUpdateDue: i % 100 === 0 ? '2026-11-20T10:00:00.000Z' : '2026-12-20T10:00:00.000Z',
    }));
    await db.clients.bulkAdd(clients);
    await db.cases.bulkAdd(cases);

    const h = await mountDashboard(db);
    const shown = await waitFor(() => rows(h.container).length === 50 && rows(h.container), 10_000);
    expect(h.container.textContent).toContain('1–50 of 5000');
    expect(shown.filter((r) => r.querySelector('.cr-overdue'))).toHaveLength(50);
    await h.cleanup();
  }, 30_000);
});
