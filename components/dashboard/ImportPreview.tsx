import type { DataTable } from '../../lib/cases/db';
import type { ImportReport } from '../../lib/cases/export-import';
import { Button } from '../ui/Button';

interface Props {
  fileName: string;
  report: ImportReport;
  onConfirm(): void;
  onCancel(): void;
}

const TABLE_LABEL: Record<DataTable, string> = {
  clients: 'Clients',
  cases: 'Cases',
  issues: 'Issues',
  commitments: 'Commitments',
  actions: 'Plan actions',
  updates: 'Updates',
  messages: 'Linked messages',
  threads: 'Analysed threads',
};

/** What an import would change, table by table, before anything is written. */
export function ImportPreview({ fileName, report, onConfirm, onCancel }: Props) {
  const tables = Object.keys(TABLE_LABEL) as DataTable[];
  const changes = tables.reduce((n, t) => n + report.counts[t].new + report.counts[t].changed, 0);
  return (
    <section class="cr-card cr-stack" aria-labelledby="import-heading" data-cr="import-preview">
      <h3 id="import-heading">Import {fileName}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Changed</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Kept (newer here)</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABEL[t]}</th>
              <td>{report.counts[t].new}</td>
              <td>{report.counts[t].changed}</td>
              <td>{report.counts[t].unchanged}</td>
              <td>{report.counts[t].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.conflicts.length > 0 && (
        <p class="cr-muted">
          {report.conflicts.length} records were changed here more recently than in the file; they are kept as they are.
        </p>
      )}
      <div class="cr-row">
        <Button variant="primary" disabled={changes === 0} onClick={onConfirm}>
          {changes === 0 ? 'Nothing to import' : `Import ${changes} new or changed records`}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
