/**
 * Pushed updates: the background bumps one storage key after every data change, and mail tabs listen to
 * storage changes. Unlike a port, this survives the service worker being stopped and restarted, and
 * needs no reconnect logic. Extension pages use dexie's liveQuery directly instead.
 */
import { storage } from 'wxt/utils/storage';

export interface DataChange {
  at: string;
  /** Which kinds of record changed, so listeners can skip what they don't show. */
  kinds: ('cases' | 'threads' | 'settings')[];
  seq: number;
}

const changeItem = storage.defineItem<DataChange | null>('local:dataChange', { fallback: null });

export async function announceChange(kinds: DataChange['kinds']): Promise<void> {
  const previous = await changeItem.getValue();
  await changeItem.setValue({ at: new Date().toISOString(), kinds, seq: (previous?.seq ?? 0) + 1 });
}

export function onDataChange(callback: (change: DataChange) => void, signal: AbortSignal): void {
  const unwatch = changeItem.watch((change) => {
    if (change) callback(change);
  });
  // In a tab orphaned by an extension reload, touching browser.storage throws; its listener died with it.
  signal.addEventListener('abort', () => tryUnwatch(unwatch), { once: true });
}

function tryUnwatch(unwatch: () => void): void {
  try {
    unwatch();
  } catch {
    // Extension context invalidated: nothing left to unwatch.
  }
}
