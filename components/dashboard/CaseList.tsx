import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { casesCsv } from '../../lib/cases/case-csv';
import { listCases, type ListCasesOptions } from '../../lib/cases/case-list';
import { CASE_STEPS, type CaseOutcome, type CaseStep } from '../../lib/cases/types';
import { OUTCOME_LABEL } from '../../lib/dashboard/labels';
import { formatRoute } from '../../lib/dashboard/route';
import { STEP_LABEL } from '../../lib/dashboard/steps';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Field } from '../ui/Field';
import { CaseRow } from './CaseRow';
import { datedName, downloadText } from './download';
import { useDashboard } from './dashboard-context';
import { NewCaseForm } from './NewCaseForm';
import { useLiveQuery } from './use-live-query';

/** Rows per page: enough to scan, few enough that 5,000 cases render as fast as 50. */
export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 200;

/** What the list shows: kept by the dashboard, so coming back from a case finds the list as it was left. */
export interface ListView {
  step: CaseStep | '';
  outcome: CaseOutcome | '';
  search: string;
  page: number;
}

export const INITIAL_LIST_VIEW: ListView = { step: '', outcome: 'open', search: '', page: 0 };

interface Props {
  view: ListView;
  onViewChange(update: (view: ListView) => ListView): void;
  /** The case the user came back from: its row takes the focus, as the browser does for a link. */
  returnTo: string | null;
  /** Opens a case just created here; rows open theirs as links. */
  onOpen(caseId: string): void;
}

export function CaseList({ view, onViewChange, returnTo, onOpen }: Props) {
  const { db, now, report, run } = useDashboard();
  const { step, outcome, search, page } = view;
  // A new filter starts on its first page.
  const filterBy = (change: Partial<Omit<ListView, 'page'>>) => onViewChange((v) => ({ ...v, ...change, page: 0 }));
  const setPage = (next: number) => onViewChange((v) => ({ ...v, page: next }));
  const [searchText, setSearchText] = useState(search);
  const [adding, setAdding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const pendingFocus = useRef(returnTo);

  // Searching per keystroke would re-query the index for every letter typed.
  useEffect(() => {
    if (searchText === search) return;
    const timer = setTimeout(() => filterBy({ search: searchText }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const filters: ListCasesOptions = { step: step || undefined, outcome: outcome || undefined, search: search || undefined };
  const list = useLiveQuery(async () => {
    const at = now();
    const result = await listCases(db, { ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE, now: at });
    // "No cases yet" and "no cases match" need different words; only ask when nothing matched.
    const anyCases = result.total > 0 || (await db.cases.filter((c) => !c.deletedAt).count()) > 0;
    return { ...result, anyCases, at };
  }, [db, step, outcome, search, page]);
  useEffect(() => {
    if (list.error) report(list.error);
  }, [list.error, report]);

  /** Every case the filters match, not just this page: what a manager's report needs. */
  async function exportCsv() {
    const at = now();
    const all = await run(() => listCases(db, { ...filters, limit: Number.MAX_SAFE_INTEGER, now: at }));
    if (all) downloadText(datedName('cases', at, 'csv'), casesCsv(all.items), 'text/csv');
  }

  const data = list.value;
  useEffect(() => {
    const caseId = pendingFocus.current;
    if (!caseId || !data) return;
    pendingFocus.current = null;
    // The case may have left this view (closed while the list shows open cases): then the list's heading.
    const row = section.current?.querySelector<HTMLElement>(`a[href="${formatRoute({ caseId, draft: null })}"]`);
    (row ?? heading.current)?.focus();
  }, [data]);
  const filtered = step !== '' || outcome !== '' || search !== '';
  const first = page * PAGE_SIZE;

  return (
    <section aria-labelledby="cases-heading" ref={section}>
      <div class="cr-topbar">
        <h1 id="cases-heading" tabIndex={-1} ref={heading}>{i18n.t('dashboard.list.heading')}</h1>
        <div class="cr-row">
          {!!data?.total && <Button onClick={exportCsv}>{i18n.t('dashboard.list.casesCsv', data.total)}</Button>}
          <Button variant="primary" onClick={() => setAdding(true)} aria-expanded={adding}>
            {i18n.t('dashboard.list.newCase')}
          </Button>
        </div>
      </div>
      {adding && (
        <NewCaseForm
          onCreated={(id) => {
            setAdding(false);
            onOpen(id);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <div class="cr-row cr-filters" role="search">
        <Field label={i18n.t('dashboard.list.search')}>
          <input
            type="search"
            placeholder={i18n.t('dashboard.list.searchPlaceholder')}
            value={searchText}
            onInput={(e) => setSearchText(e.currentTarget.value)}
          />
        </Field>
        <Field label={i18n.t('dashboard.list.step')}>
          <select value={step} onChange={(e) => filterBy({ step: e.currentTarget.value as CaseStep | '' })}>
            <option value="">{i18n.t('dashboard.list.allSteps')}</option>
            {CASE_STEPS.map((s) => (
              <option key={s} value={s}>
                {STEP_LABEL[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={i18n.t('dashboard.list.outcome')}>
          <select value={outcome} onChange={(e) => filterBy({ outcome: e.currentTarget.value as CaseOutcome | '' })}>
            <option value="">{i18n.t('dashboard.list.allOutcomes')}</option>
            {(Object.keys(OUTCOME_LABEL) as CaseOutcome[]).map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {!data ? (
        <p class="cr-muted">{i18n.t('dashboard.list.loading')}</p>
      ) : !data.anyCases ? (
        <EmptyState>{i18n.t('dashboard.list.noCases')}</EmptyState>
      ) : data.items.length === 0 ? (
        <EmptyState>{filtered ? i18n.t('dashboard.list.noMatch') : i18n.t('dashboard.list.emptyPage')}</EmptyState>
      ) : (
        <>
          {/* For the eye: a row's link already says all of it, so screen readers skip these. */}
          <div class="cr-case-row cr-case-head" aria-hidden="true">
            <span>{i18n.t('dashboard.list.columns.client')}</span>
            <span>{i18n.t('dashboard.list.columns.case')}</span>
            <span>{i18n.t('dashboard.list.columns.step')}</span>
            <span>{i18n.t('dashboard.list.columns.severity')}</span>
            <span>{i18n.t('dashboard.list.columns.due')}</span>
            <span>{i18n.t('dashboard.list.columns.issues')}</span>
          </div>
          <ul class="cr-case-list" aria-label={i18n.t('dashboard.list.label')}>
            {data.items.map((item) => (
              <CaseRow key={item.case.id} item={item} now={data.at} />
            ))}
          </ul>
          <nav class="cr-row cr-pager" aria-label={i18n.t('dashboard.list.pages')}>
            <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
              {i18n.t('dashboard.list.previous')}
            </Button>
            <span>{i18n.t('dashboard.list.range', [first + 1, first + data.items.length, data.total])}</span>
            <Button disabled={first + data.items.length >= data.total} onClick={() => setPage(page + 1)}>
              {i18n.t('dashboard.list.next')}
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}
