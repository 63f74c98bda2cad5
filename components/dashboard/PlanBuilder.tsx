import { useState } from 'preact/hooks';
import type { ActionInput, ActionPatch } from '../../lib/cases/case-edits';
import type { CaseIssue, PlanAction } from '../../lib/cases/types';
import { dayToIso, isoToDay } from '../../lib/dashboard/format';
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
      <option value="">No specific issue</option>
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
  const uncovered = issues.filter((i) => i.status !== 'resolved' && !actions.some((a) => a.issueId === i.id));

  function add(e: Event) {
    e.preventDefault();
    if (!action.trim()) return;
    onAdd({ action: action.trim(), issueId, owner, due: dayToIso(due), quickWin });
    setAction('');
    setIssueId(null);
    setDue('');
    setQuickWin(false);
  }

  return (
    <section class="cr-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan</h2>
      {uncovered.length > 0 && (
        <p class="cr-muted">
          {uncovered.length === 1 ? 'One open issue has' : `${uncovered.length} open issues have`} no action yet.
        </p>
      )}
      {actions.length > 0 && !actions.some((a) => a.quickWin) && (
        <p class="cr-muted">Mark a quick win: something you can fix fast, to show the client things are moving.</p>
      )}
      <ol class="cr-actions">
        {actions.map((a, n) => (
          <li key={a.id} class="cr-action" data-cr="action">
            <EditableText label={`Action ${n + 1}`} value={a.action} onCommit={(v) => onUpdate(a.id, { action: v })} />
            <div class="cr-row">
              <Field label="For issue">
                <IssueSelect issues={issues} value={a.issueId} onChange={(id) => onUpdate(a.id, { issueId: id })} />
              </Field>
              <Field label="Owner">
                <select
                  value={a.owner}
                  onChange={(e) => onUpdate(a.id, { owner: e.currentTarget.value as PlanAction['owner'] })}
                >
                  <option value="us">Us</option>
                  <option value="client">Client</option>
                </select>
              </Field>
              <Field label="Due">
                <input type="date" value={isoToDay(a.due)} onChange={(e) => onUpdate(a.id, { due: dayToIso(e.currentTarget.value) })} />
              </Field>
              <Field label="Quick win" inline>
                <input type="checkbox" checked={a.quickWin} onChange={(e) => onUpdate(a.id, { quickWin: e.currentTarget.checked })} />
              </Field>
              <Button variant="danger" onClick={() => onRemove(a.id)} aria-label={`Remove action ${n + 1}`}>
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <form class="cr-stack" onSubmit={add} aria-label="New action">
        <Field label="New action">
          <input value={action} placeholder="Refund the duplicate charge" onInput={(e) => setAction(e.currentTarget.value)} />
        </Field>
        <div class="cr-row">
          <Field label="For issue">
            <IssueSelect issues={issues} value={issueId} onChange={setIssueId} />
          </Field>
          <Field label="Owner">
            <select value={owner} onChange={(e) => setOwner(e.currentTarget.value as PlanAction['owner'])}>
              <option value="us">Us</option>
              <option value="client">Client</option>
            </select>
          </Field>
          <Field label="Due" hint="Leave a buffer.">
            <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </Field>
          <Field label="Quick win" inline>
            <input type="checkbox" checked={quickWin} onChange={(e) => setQuickWin(e.currentTarget.checked)} />
          </Field>
          <Button type="submit" disabled={!action.trim()}>
            Add action
          </Button>
        </div>
      </form>
      <Field label="Client agreed to the plan on">
        <input type="date" value={isoToDay(planAgreedAt)} onChange={(e) => onPlanAgreedAt(dayToIso(e.currentTarget.value))} />
      </Field>
    </section>
  );
}
