/**
 * Every context that writes to the database (the worker, the dashboard, the popup) announces its
 * writes through this dexie middleware on the shared change key, so the badge and the mail tabs
 * follow whoever made the change.
 */
import type { Dexie } from 'dexie';
import { announceChange, type DataChange } from './changes';

const SETTLE_MS = 150;

export function announceWrites(db: Dexie): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const kinds = new Set<DataChange['kinds'][number]>();
  // Many rows change in one user action (an import, a reorder): announce once they settle.
  const schedule = (table: string) => {
    // Analysed threads change on every message opened; listeners that show cases skip those.
    kinds.add(table === 'threads' ? 'threads' : 'cases');
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...kinds];
      kinds.clear();
      void announceChange(changed);
    }, SETTLE_MS);
  };
  db.use({
    stack: 'dbcore',
    name: 'announce-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            if (name !== 'meta') schedule(name);
            return result;
          },
        };
      },
    }),
  });
}
