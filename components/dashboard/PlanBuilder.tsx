import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { ActionInput, ActionPatch } from '../../lib/cases/case-edits';
import type { CaseIssue, PlanAction } from '../../lib/cases/types';
import { dayToIso } from '../../lib/dashboard/format';
import { DayField } from './DayField';
import { useRefocus } from './use-refocus';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { EditableText } from './EditableText';

interface Props {
  /** Already in plan order: quick wins first. */
  actions: PlanAction[];
  issues: CaseIssue[];
  planAgreedAt: string | null;
  onAdd(input: ActionInput): void;
  onUpdate(id: string, patch: ActionPatch): void;
  onRemove(id: string): void;
  onPlanAgreedAt(iso: string | null): void;
}

function IssueSelect({ issues, value, onChange }: { issues: CaseIssue[]; value: string | null; onChange(id: string | null): void }) {
  return (
    <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
      <option value="">{i18n.t('dashboard.plan.noSpecificIssue')}</option>
      {issues.map((i, n) => (
        <option key={i.id} value={i.id}>
          {`${n + 1}. ${i.statement.length > 60 ? `${i.statement.slice(0, 59)}…` : i.statement}`}
        </option>
      ))}
    </select>
  );
}

/** A conservative plan: an action per issue, a quick win first, owners on both sides, dates with buffer. */
export function PlanBuilder({ actions, issues, planAgreedAt, onAdd, onUpdate, onRemove, onPlanAgreedAt }: Props) {
  const [action, setAction] = useState('');
  const [issueId, setIssueId] = useState<string | null>(null);
  const [owner, setOwner] = useState<PlanAction['owner']>('us');
  const [due, setDue] = useState('');
  const [quickWin, setQuickWin] = useState(false);
  const [doneWhen, setDoneWhen] = useState('');
  const newAction = useRef<HTMLInputElement>(null);
  const refocus = useRefocus();
  const uncovered = issues.filter((i) => i.status !== 'resolved' && !actions.some((a) => a.issueId === i.id));

  function add(e: Event) {
    e.preventDefault();
    if (!action.trim()) return;
    onAdd({ action: action.trim(), issueId, owner, due: dayToIso(due), quickWin, doneWhen });
    setAction('');
    setIssueId(null);
    setOwner('us');
    setDue('');
    setQuickWin(false);
    setDoneWhen('');
    // Ready for the next action: the Add button the user pressed is disabled until they type again.
    newAction.current?.focus();
  }

  const remove = (id: string) => {
    refocus(() => newAction.current);
    onRemove(id);
  };

  return (
    <section class="cr-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{i18n.t('dashboard.plan.heading')}</h2>
      {uncovered.length > 0 && (
        <p class="cr-muted">{i18n.t('dashboard.plan.uncovered', uncovered.length)}</p>
      )}
      {actions.length > 0 && !actions.some((a) => a.quickWin) && (
        <p class="cr-muted">{i18n.t('dashboard.plan.markQuickWin')}</p>
      )}
      <ol class="cr-actions">
        {actions.map((a, n) => (
          <li key={a.id} class="cr-action" data-cr="action">
            <EditableText label={i18n.t('dashboard.plan.actionN', [n + 1])} required value={a.action} onCommit={(v) => onUpdate(a.id, { action: v })} />
            <div class="cr-row">
              <Field label={i18n.t('dashboard.plan.forIssue')}>
                <IssueSelect issues={issues} value={a.issueId} onChange={(id) => onUpdate(a.id, { issueId: id })} />
              </Field>
              <Field label={i18n.t('dashboard.plan.owner')}>
                <select
                  value={a.owner}
                  onChange={(e) => onUpdate(a.id, { owner: e.currentTarget.value as PlanAction['owner'] })}
                >
                  <option value="us">{i18n.t('dashboard.plan.us')}</option>
                  <option value="client">{i18n.t('dashboard.plan.client')}</option>
                </select>
              </Field>
              <Field label={i18n.t('dashboard.plan.due')}>
                <DayField value={a.due} onCommit={(due) => onUpdate(a.id, { due })} />
              </Field>
              <Field label={i18n.t('dashboard.plan.quickWin')} inline>
                <input type="checkbox" checked={a.quickWin} onChange={(e) => onUpdate(a.id, { quickWin: e.currentTarget.checked })} />
              </Field>
              <Button variant="danger" onClick={() => remove(a.id)} aria-label={i18n.t('dashboard.plan.removeN', [n + 1])}>
                {i18n.t('dashboard.plan.remove')}
              </Button>
            </div>
            <Field label={i18n.t('dashboard.plan.doneWhen')}>
              <EditableText
                label={i18n.t('dashboard.plan.doneWhenN', [n + 1])}
                placeholder={i18n.t('dashboard.plan.doneWhenPlaceholder')}
                value={a.doneWhen ?? ''}
                onCommit={(v) => onUpdate(a.id, { doneWhen: v.trim() || null })}
              />
            </Field>
          </li>
        ))}
      </ol>
      <form class="cr-stack" onSubmit={add} aria-label={i18n.t('dashboard.plan.newAction')}>
        <Field label={i18n.t('dashboard.plan.newAction')}>
          <input
            ref={newAction}
            value={action}
            placeholder={i18n.t('dashboard.plan.newActionPlaceholder')}
            onInput={(e) => setAction(e.currentTarget.value)}
          />
        </Field>
        <Field label={i18n.t('dashboard.plan.doneWhen')}>
          <input value={doneWhen} placeholder={i18n.t('dashboard.plan.doneWhenPlaceholder')} onInput={(e) => setDoneWhen(e.currentTarget.value)} />
        </Field>
        <div class="cr-row">
          <Field label={i18n.t('dashboard.plan.forIssue')}>
            <IssueSelect issues={issues} value={issueId} onChange={setIssueId} />
          </Field>
          <Field label={i18n.t('dashboard.plan.owner')}>
            <select value={owner} onChange={(e) => setOwner(e.currentTarget.value as PlanAction['owner'])}>
              <option value="us">{i18n.t('dashboard.plan.us')}</option>
              <option value="client">{i18n.t('dashboard.plan.client')}</option>
            </select>
          </Field>
          <Field label={i18n.t('dashboard.plan.due')} hint={i18n.t('dashboard.plan.dueHint')}>
            <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </Field>
          <Field label={i18n.t('dashboard.plan.quickWin')} inline>
            <input type="checkbox" checked={quickWin} onChange={(e) => setQuickWin(e.currentTarget.checked)} />
          </Field>
          <Button type="submit" disabled={!action.trim()}>
            {i18n.t('dashboard.plan.add')}
          </Button>
        </div>
      </form>
      <Field label={i18n.t('dashboard.plan.agreedOn')}>
        <DayField value={planAgreedAt} onCommit={onPlanAgreedAt} />
      </Field>
    </section>
  );
}
