import { useEffect, useState } from 'preact/hooks';
import { listCases } from '../../lib/cases/case-list';
import { CASE_STEPS, type CaseOutcome, type CaseStep } from '../../lib/cases/types';
import { OUTCOME_LABEL } from '../../lib/dashboard/labels';
import { STEP_LABEL } from '../../lib/dashboard/steps';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Field } from '../ui/Field';
import { CaseRow } from './CaseRow';
import { useDashboard } from './dashboard-context';
import { NewCaseForm } from './NewCaseForm';
import { useLiveQuery } from './use-live-query';

/** Rows per page: enough to scan, few enough that 5,000 cases render as fast as 50. */
export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 200;

interface Props {
  /** Opens a case just created here; rows open theirs as links. */
  onOpen(caseId: string): void;
}

export function CaseList({ onOpen }: Props) {
  const { db, now, report } = useDashboard();
  const [step, setStep] = useState<CaseStep | ''>('');
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('open');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);

  // Searching per keystroke would re-query the index for every letter typed.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);
  useEffect(() => setPage(0), [step, outcome, search]);

  const list = useLiveQuery(async () => {
    const at = now();
    const result = await listCases(db, {
      step: step || undefined,
      outcome: outcome || undefined,
      search: search || undefined,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
      now: at,
    });
    // "No cases yet" and "no cases match" need different words; only ask when nothing matched.
    const anyCases = result.total > 0 || (await db.cases.filter((c) => !c.deletedAt).count()) > 0;
    return { ...result, anyCases, at };
  }, [db, step, outcome, search, page]);
  useEffect(() => {
    if (list.error) report(list.error);
  }, [list.error, report]);

  const data = list.value;
  const filtered = step !== '' || outcome !== '' || search !== '';
  const first = page * PAGE_SIZE;

  return (
    <section aria-labelledby="cases-heading">
      <div class="cr-topbar">
        <h1 id="cases-heading">Rescue cases</h1>
        <Button variant="primary" onClick={() => setAdding(true)} aria-expanded={adding}>
          New case
        </Button>
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
        <Field label="Search">
          <input
            type="search"
            placeholder="Client, subject or issue"
            value={searchText}
            onInput={(e) => setSearchText(e.currentTarget.value)}
          />
        </Field>
        <Field label="Step">
          <select value={step} onChange={(e) => setStep(e.currentTarget.value as CaseStep | '')}>
            <option value="">All steps</option>
            {CASE_STEPS.map((s) => (
              <option key={s} value={s}>
                {STEP_LABEL[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Outcome">
          <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as CaseOutcome | '')}>
            <option value="">All outcomes</option>
            {(Object.keys(OUTCOME_LABEL) as CaseOutcome[]).map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {!data ? (
        <p class="cr-muted">Loading cases…</p>
      ) : !data.anyCases ? (
        <EmptyState>
          No rescue cases yet. Open one from a flagged message in Gmail or Outlook, or add one by hand after a call.
        </EmptyState>
      ) : data.items.length === 0 ? (
        <EmptyState>{filtered ? 'No cases match these filters.' : 'No cases on this page.'}</EmptyState>
      ) : (
        <>
          <ul class="cr-case-list" aria-label="Cases, overdue first">
            {data.items.map((item) => (
              <CaseRow key={item.case.id} item={item} now={data.at} />
            ))}
          </ul>
          <nav class="cr-row cr-pager" aria-label="Pages">
            <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <span>
              {first + 1}–{first + data.items.length} of {data.total}
            </span>
            <Button disabled={first + data.items.length >= data.total} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}
