import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RescueDb } from '../../lib/cases/db';
import { announceWrites } from '../../lib/messaging/announce-writes';
import { onDataChange, type DataChange } from '../../lib/messaging/changes';

let db: RescueDb;
let seen: DataChange[];

beforeEach(() => {
  fakeBrowser.reset();
  db = new RescueDb({ name: `a-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  announceWrites(db);
  seen = [];
  onDataChange((change) => seen.push(change), new AbortController().signal);
});

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('write announcements', () => {
  it('announces a burst of writes once, naming the kinds of record that changed', async () => {
    await db.threads.put({ id: 'gmail:t1', provider: 'gmail', threadId: 't1', newestMessageId: 'm', fromAddress: 'a@b.com', subject: 's', level: 'upset', score: 70, analysedAt: new Date().toISOString(), messageAt: null, dismissed: false });
    await db.meta.put({ key: 'lastExportAt', value: 'x' });
    await settle();
    expect(seen.map((c) => c.kinds)).toEqual([['threads']]);

    await db.meta.put({ key: 'lastExportAt', value: 'y' });
    await settle();
    expect(seen).toHaveLength(1);

    await db.clients.put({ id: 'c1', key: 'b.com', name: 'B', domain: 'b.com', addresses: [], createdAt: '', updatedAt: '' });
    await db.threads.update('gmail:t1', { dismissed: true });
    await settle();
    expect(seen.at(-1)?.kinds.sort()).toEqual(['cases', 'threads']);
    expect(seen.at(-1)!.seq).toBeGreaterThan(seen[0].seq);
  });
});
