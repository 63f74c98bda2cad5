import { i18n } from '#i18n';
import type { DataTable } from '../../lib/cases/db';
import type { ImportReport } from '../../lib/cases/export-import';
import { Button } from '../ui/Button';

interface Props {
  fileName: string;
  report: ImportReport;
  onConfirm(): void;
  onCancel(): void;
}

const TABLE_LABEL: Record<DataTable, () => string> = {
  clients: () => i18n.t('dashboard.import.tables.clients'),
  cases: () => i18n.t('dashboard.import.tables.cases'),
  issues: () => i18n.t('dashboard.import.tables.issues'),
  commitments: () => i18n.t('dashboard.import.tables.commitments'),
  actions: () => i18n.t('dashboard.import.tables.actions'),
  updates: () => i18n.t('dashboard.import.tables.updates'),
  messages: () => i18n.t('dashboard.import.tables.messages'),
  threads: () => i18n.t('dashboard.import.tables.threads'),
};

/** What an import would change, table by table, before anything is written. */
export function ImportPreview({ fileName, report, onConfirm, onCancel }: Props) {
  const tables = Object.keys(TABLE_LABEL) as DataTable[];
  const changes = tables.reduce((n, t) => n + report.counts[t].new + report.counts[t].changed, 0);
  return (
    <section class="cr-card cr-stack" aria-labelledby="import-heading" data-cr="import-preview">
      <h3 id="import-heading">{i18n.t('dashboard.import.heading', [fileName])}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('dashboard.import.records')}</th>
            <th scope="col">{i18n.t('dashboard.import.new')}</th>
            <th scope="col">{i18n.t('dashboard.import.changed')}</th>
            <th scope="col">{i18n.t('dashboard.import.unchanged')}</th>
            <th scope="col">{i18n.t('dashboard.import.kept')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABEL[t]()}</th>
              <td>{report.counts[t].new}</td>
              <td>{report.counts[t].changed}</td>
              <td>{report.counts[t].unchanged}</td>
              <td>{report.counts[t].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.secondOpenCases > 0 && (
        <p class="cr-banner" role="note">
          {i18n.t('dashboard.import.secondOpen', report.secondOpenCases, [report.secondOpenCases])}
        </p>
      )}
      {report.conflicts.length > 0 && (
        <p class="cr-muted">
          {i18n.t('dashboard.import.conflicts', report.conflicts.length, [report.conflicts.length])}
        </p>
      )}
      <div class="cr-row">
        <Button variant="primary" disabled={changes === 0} onClick={onConfirm}>
          {changes === 0 ? i18n.t('dashboard.import.nothing') : i18n.t('dashboard.import.confirm', [changes])}
        </Button>
        <Button onClick={onCancel}>{i18n.t('dashboard.import.cancel')}</Button>
      </div>
    </section>
  );
}
