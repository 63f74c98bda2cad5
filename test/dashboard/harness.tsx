/** A dashboard rendered over a fresh fake-indexeddb database, for component tests. */
// dexie's liveQuery only runs its query when a global indexedDB exists, so tests use the global fake.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { RescueDb } from '../../lib/cases/db';
import { createManualCase } from '../../lib/cases/open-case';

export const NOW = new Date('2026-11-26T10:00:00Z');

export interface Harness {
  db: RescueDb;
  container: HTMLElement;
  cleanup(): Promise<void>;
}

let dbCount = 0;

export function newDb(): RescueDb {
  // A fresh database name per test, so no state leaks between tests.
  return new RescueDb({ name: `test-${++dbCount}-${Math.random()}` });
}

export async function mountDashboard(db = newDb(), hash = ''): Promise<Harness> {
  location.hash = hash;
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<DashboardApp db={db} now={() => NOW} />, container));
  return {
    db,
    container,
    async cleanup() {
      await act(() => render(null, container));
      container.remove();
      await db.delete();
      location.hash = '';
    },
  };
}

export async function seedCase(
  db: RescueDb,
  client: { name?: string; address?: string },
  title: string,
  issues: { statement: string; evidence?: string }[] = [],
  nextUpdateDue: string | null = null,
) {
  return createManualCase(db, { client, title, issues, now: new Date(NOW.getTime() - 86_400_000), nextUpdateDue });
}

export function rows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-cr="case-row"]')];
}
