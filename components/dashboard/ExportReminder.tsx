import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';
import { needsExportReminder } from '../../lib/cases/export-reminder';
import { Button } from '../ui/Button';
import { useDashboard } from './dashboard-context';
import { useExport } from './use-export';
import { useLiveQuery } from './use-live-query';

/** IndexedDB dies with an uninstall: nag when work has gone unexported for over a week. */
export function ExportReminder() {
  const { db, now, report } = useDashboard();
  const exportJson = useExport();
  const reminder = useLiveQuery(() => needsExportReminder(db, now()), [db]);
  useEffect(() => {
    if (reminder.error) report(reminder.error);
  }, [reminder.error, report]);
  if (!reminder.value) return null;
  return (
    <div class="cr-banner cr-row" role="status" data-cr="export-reminder">
      <span style={{ flex: 1 }}>{i18n.t('dashboard.exportReminder.text')}</span>
      <Button variant="primary" onClick={exportJson}>
        {i18n.t('dashboard.exportReminder.exportNow')}
      </Button>
    </div>
  );
}
