import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyImport, previewImport, type ImportReport } from '../../lib/cases/export-import';
import { parseImport, type ParsedImport } from '../../lib/cases/export-format';
import { eraseAll, purgeDeleted } from '../../lib/cases/soft-delete';
import { Button } from '../ui/Button';
import { useDashboard } from './dashboard-context';
import { ImportPreview } from './ImportPreview';
import { useExport } from './use-export';

interface PendingImport {
  fileName: string;
  parsed: ParsedImport;
  report: ImportReport;
}

function total(report: ImportReport, kind: 'new' | 'changed'): number {
  return Object.values(report.counts).reduce((n, c) => n + c[kind], 0);
}

/** Export, import, purge and erase: the user's data is theirs, and IndexedDB dies with an uninstall. */
export function DataTools() {
  const { db, run, notify } = useDashboard();
  const exportJson = useExport();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const section = useRef<HTMLElement>(null);
  const eraseWasOpen = useRef(false);
  // The question takes the focus (Cancel: the safe answer under Enter) and gives it back when it goes,
  // so a keyboard or screen-reader user is told what is being asked and lands where they were.
  useEffect(() => {
    const here = section.current;
    if (confirmErase) here?.querySelector<HTMLElement>('[data-cr="erase-cancel"]')?.focus();
    else if (eraseWasOpen.current) here?.querySelector<HTMLElement>('[data-cr="erase-open"]')?.focus();
    eraseWasOpen.current = confirmErase;
  }, [confirmErase]);

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const preview = await run(async () => {
      // parseImport rejects a malformed file whole, with a message saying why; it reaches the alert.
      const parsed = parseImport(await file.text());
      return { fileName: file.name, parsed, report: await previewImport(db, parsed) };
    });
    if (preview) setPending(preview);
  }

  async function confirmImport() {
    if (!pending) return;
    const result = await run(() => applyImport(db, pending.parsed));
    setPending(null);
    if (!result) return;
    notify({ text: i18n.t('dashboard.data.imported', [total(result, 'new'), total(result, 'changed')]) });
  }

  async function purge() {
    const counts = await run(() => purgeDeleted(db));
    if (counts) {
      const purged = Object.values(counts).reduce((a, b) => a + b, 0);
      notify({ text: i18n.t('dashboard.data.purged', purged, [purged]) });
    }
  }

  async function erase() {
    const done = await run(() => eraseAll(db).then(() => true));
    setConfirmErase(false);
    if (done) notify({ text: i18n.t('dashboard.data.erased') });
  }

  return (
    <section class="cr-card cr-stack cr-data-tools" aria-labelledby="data-heading" ref={section}>
      <h2 id="data-heading">{i18n.t('dashboard.data.heading')}</h2>
      <div class="cr-row">
        <Button onClick={exportJson}>{i18n.t('dashboard.data.export')}</Button>
        <label class="cr-btn">
          {i18n.t('dashboard.data.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="cr-visually-hidden"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <Button onClick={purge}>{i18n.t('dashboard.data.purge')}</Button>
        <Button variant="danger" onClick={() => setConfirmErase(true)} aria-expanded={confirmErase} data-cr="erase-open">
          {i18n.t('dashboard.data.erase')}
        </Button>
      </div>
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          report={pending.report}
          onConfirm={confirmImport}
          onCancel={() => setPending(null)}
        />
      )}
      {confirmErase && (
        <div
          class="cr-alert cr-stack"
          role="alertdialog"
          aria-labelledby="erase-heading"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirmErase(false);
          }}
        >
          <h3 id="erase-heading">{i18n.t('dashboard.data.eraseHeading')}</h3>
          <p>{i18n.t('dashboard.data.eraseBody')}</p>
          <div class="cr-row">
            <Button onClick={exportJson}>{i18n.t('dashboard.data.exportFirst')}</Button>
            <Button variant="danger" onClick={erase}>
              {i18n.t('dashboard.data.eraseEverything')}
            </Button>
            <Button onClick={() => setConfirmErase(false)} data-cr="erase-cancel">
              {i18n.t('dashboard.data.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
