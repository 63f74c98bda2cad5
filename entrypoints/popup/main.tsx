import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { Popup, type DueItem } from '../../components/popup/Popup';
import type { AttentionSummary, TabRequest } from '../../lib/content/tab-requests';
import '../../components/popup/popup.css';
import { RescueDb } from '../../lib/cases/db';
import { logUpdate } from '../../lib/cases/case-edits';
import { toStorageError, StorageError } from '../../lib/cases/errors';
import { announceWrites } from '../../lib/messaging/announce-writes';
import { dueState } from '../../lib/nudges/due-state';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import { getSettings } from '../../lib/settings/store';
import type { Settings } from '../../lib/settings/schema';
import { errorMessage } from '../../lib/error-message';

const db = new RescueDb();
announceWrites(db);

// Only dexie calls inside: liveQuery tracks what a querier reads, and other awaits would break that.
async function loadDueItems(settings: Settings): Promise<DueItem[]> {
  const now = new Date();
  const open = (await db.cases.where('outcome').equals('open').toArray()).filter((c) => !c.deletedAt);
  const clients = new Map((await db.clients.bulkGet([...new Set(open.map((c) => c.clientId))])).map((c) => [c?.id, c]));
  const items: DueItem[] = [];
  for (const c of open) {
    const due = dueState(c, settings.working, now);
    if ((due.status === 'overdue' || due.status === 'due-soon') && due.dueAt) {
      items.push({
        caseId: c.id,
        clientName: clients.get(c.clientId)?.name ?? i18n.t('popup.unknownClient'),
        title: c.title,
        status: due.status,
        dueAt: due.dueAt.toISOString(),
      });
    }
  }
  return items.sort((a, b) => (a.status === b.status ? a.dueAt.localeCompare(b.dueAt) : a.status === 'overdue' ? -1 : 1));
}

function messageOf(error: unknown): string {
  const storage = toStorageError(error);
  return storage instanceof StorageError ? storage.userMessage : errorMessage(error);
}

function openDashboard(hash = '') {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') + (hash ? `#${hash}` : '') });
  window.close();
}

/** The mail tab under the popup, if it is one of ours; a tab on another site simply does not answer. */
async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askActiveTab<T>(request: TabRequest): Promise<T | undefined> {
  const id = await activeTabId();
  if (id === undefined) return undefined;
  return (browser.tabs.sendMessage(id, request) as Promise<T | undefined>).catch(() => undefined);
}

function App() {
  const [items, setItems] = useState<DueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attention, setAttention] = useState<AttentionSummary[]>([]);
  useEffect(() => {
    void askActiveTab<AttentionSummary[]>({ crTab: 'attention' }).then((list) => setAttention(Array.isArray(list) ? list : []));
  }, []);
  useEffect(() => {
    let sub: { unsubscribe(): void } | undefined;
    let live = true;
    void getSettings().then((settings) => {
      if (!live) return;
      sub = liveQuery(() => loadDueItems(settings)).subscribe({ next: setItems, error: (e) => setError(messageOf(e)) });
    });
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, []);
  return (
    <Popup
      items={items}
      error={error}
      onOpenDashboard={() => openDashboard()}
      attention={attention}
      onOpenThread={(threadId) => {
        void askActiveTab({ crTab: 'open-thread', threadId }).then(() => window.close());
      }}
      onDraftUpdate={(caseId) => openDashboard(new URLSearchParams({ case: caseId, draft: 'status' }).toString())}
      onLogUpdate={async (caseId, summary) => {
        try {
          // The update restarts the case's clock here as everywhere else (sidebar, dashboard): the case
          // list and its overdue mark read the stored next due time, not the popup's own reckoning.
          const at = new Date();
          const [c, settings] = await Promise.all([db.cases.get(caseId), getSettings()]);
          const last = c?.lastUpdateAt && c.lastUpdateAt > at.toISOString() ? c.lastUpdateAt : at.toISOString();
          const next = c ? nextUpdateDue({ ...c, lastUpdateAt: last }, settings.working) : undefined;
          await logUpdate(db, caseId, { at, channel: 'email', summary, source: 'manual', nextUpdateDue: next });
        } catch (e) {
          setError(messageOf(e));
        }
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
