import { exportAll } from '../../lib/cases/export-import';
import { useDashboard } from './dashboard-context';
import { datedName, downloadText } from './download';

/** "Export all": every record as versioned JSON, downloaded as a dated file; the export time is recorded. */
export function useExport(): () => Promise<void> {
  const { db, now, run } = useDashboard();
  return async () => {
    const at = now();
    const file = await run(() => exportAll(db, at));
    if (file) downloadText(datedName('client-rescue', at, 'json'), JSON.stringify(file, null, 2), 'application/json');
  };
}
