/**
 * Extension pages write to the database directly. This dexie middleware announces each of their
 * committed writes on the shared change key, so the background's badge and the mail tabs follow.
 */
import type { Dexie } from 'dexie';
import { announceChange } from './changes';

const SETTLE_MS = 150;

export function announceWrites(db: Dexie): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Many rows change in one user action (an import, a reorder): announce once they settle.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void announceChange(['cases', 'threads']), SETTLE_MS);
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
            if (name !== 'meta') schedule();
            return result;
          },
        };
      },
    }),
  });
}
