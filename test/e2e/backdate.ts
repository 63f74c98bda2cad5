/**
 * Time passing, for browser tests: moves every case's opening (and, if asked, its next update) back in
 * the extension's own database, then sends the change notice every writer sends, so the worker, badge
 * and open pages recompute as they would after a real write.
 */
import type { ExtensionBrowser } from './browser';

// The worker's own global, inside worker.evaluate.
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

export interface Backdate {
  openedDaysAgo: number;
  /** Days since the next update fell due; absent leaves each case's nextUpdateDue as it is. */
  dueDaysAgo?: number;
  /** The change notice's sequence number: distinct per call, so storage fires a change. */
  seq: number;
}

export async function backdateCases(browser: ExtensionBrowser, backdate: Backdate): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate(async ({ openedDaysAgo, dueDaysAgo, seq }: Backdate) => {
    const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600_000).toISOString();
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('client-rescue');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const opened = daysAgo(openedDaysAgo);
    const due = dueDaysAgo === undefined ? null : { nextUpdateDue: daysAgo(dueDaysAgo) };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      store.getAll().onsuccess = (e) => {
        for (const c of (e.target as IDBRequest).result) store.put({ ...c, openedAt: opened, createdAt: opened, ...due });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.storage.local.set({ dataChange: { at: new Date().toISOString(), kinds: ['cases'], seq } });
  }, backdate);
}
