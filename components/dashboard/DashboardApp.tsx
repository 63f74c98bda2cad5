import { i18n } from '#i18n';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { restore, softDelete } from '../../lib/cases/soft-delete';
import type { RescueDb, StampedTable } from '../../lib/cases/db';
import { formatRoute, parseRoute, type DashboardRoute } from '../../lib/dashboard/route';
import { userMessage } from '../../lib/dashboard/user-message';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { getSettings, watchSettings } from '../../lib/settings/store';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Toast, type ToastMessage } from '../ui/Toast';
import { CaseList, INITIAL_LIST_VIEW, type ListView } from './CaseList';
import { CasePage } from './CasePage';
import { DashboardContext, type DashboardEnv, type Notice } from './dashboard-context';
import { DataTools } from './DataTools';
import { ExportReminder } from './ExportReminder';

interface Props {
  db: RescueDb;
  /** Injected in tests; the real clock otherwise. */
  now?: () => Date;
}

const systemNow = () => new Date();

function currentRoute(): DashboardRoute {
  return parseRoute(location.hash);
}

/** The full-tab tracker: the case list, or one case when the address names it (`#case=<id>`). */
export function DashboardApp({ db, now = systemNow }: Props) {
  const [route, setRoute] = useState(currentRoute);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [listView, setListView] = useState<ListView>(INITIAL_LIST_VIEW);
  /** The last case shown, for the list to put the focus back on its row. */
  const lastCase = useRef<string | null>(null);
  if (route.caseId) lastCase.current = route.caseId;

  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    const abort = new AbortController();
    getSettings().then(setSettings, (err: unknown) => setError(userMessage(err)));
    watchSettings(setSettings, abort.signal);
    return () => {
      window.removeEventListener('hashchange', onHash);
      abort.abort();
    };
  }, []);

  const report = useCallback((err: unknown) => setError(userMessage(err)), []);
  const notify = useCallback((notice: Notice) => setToast({ ...notice, id: Date.now() + Math.random() }), []);
  const dismissToast = useCallback(() => setToast(null), []);

  const env = useMemo<DashboardEnv>(() => {
    const run: DashboardEnv['run'] = async (op) => {
      // An error speaks of the last thing that failed: the next action, if it works, makes it old news.
      setError(null);
      try {
        return await op();
      } catch (err) {
        report(err);
        return undefined;
      }
    };
    const remove = async (table: StampedTable, id: string, what: string) => {
      await run(() => softDelete(db, table, id, now()));
      notify({
        text: i18n.t('dashboard.toast.deleted', [what]),
        action: { label: i18n.t('dashboard.toast.undo'), run: () => void run(() => restore(db, table, id, now())) },
      });
    };
    return { db, settings, now, run, notify, remove, report };
  }, [db, settings, now, report, notify]);

  const go = (next: DashboardRoute) => {
    location.hash = formatRoute(next);
  };

  return (
    <DashboardContext.Provider value={env}>
      <main class="cr-page">
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        <ExportReminder />
        {route.caseId ? (
          <CasePage
            key={route.caseId}
            caseId={route.caseId}
            showDraft={route.draft === 'status'}
            onBack={() => go({ caseId: null, draft: null })}
          />
        ) : (
          <>
            <CaseList view={listView} onViewChange={setListView} returnTo={lastCase.current} onOpen={(caseId) => go({ caseId, draft: null })} />
            <DataTools />
          </>
        )}
      </main>
      <Toast toast={toast} onDismiss={dismissToast} />
    </DashboardContext.Provider>
  );
}
