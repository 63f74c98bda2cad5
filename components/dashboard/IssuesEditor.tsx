import { useState } from 'preact/hooks';
import type { IssueInput, IssuePatch } from '../../lib/cases/case-edits';
import type { CaseIssue, IssueStatus } from '../../lib/cases/types';
import { ISSUE_STATUS_LABEL } from '../../lib/dashboard/labels';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { EditableText } from './EditableText';

interface Props {
  issues: CaseIssue[];
  onAdd(input: IssueInput): void;
  onUpdate(id: string, patch: IssuePatch): void;
  onRemove(id: string): void;
}

/** The quantified issue list: each a specific, checkable statement the client agreed to. */
export function IssuesEditor({ issues, onAdd, onUpdate, onRemove }: Props) {
  const [statement, setStatement] = useState('');
  const generalities = issues.filter((i) => i.kind === 'generality').length;

  return (
    <section class="cr-card" aria-labelledby="issues-heading">
      <h2 id="issues-heading">Issues</h2>
      {generalities > 0 && (
        <p class="cr-muted">
          {generalities === 1 ? 'One issue is' : `${generalities} issues are`} still a generality: ask the client for an
          example, or drop it.
        </p>
      )}
      {issues.length === 0 && <p class="cr-muted">No issues yet. Write down each specific thing the client says went wrong.</p>}
      <ol class="cr-issues">
        {issues.map((issue, n) => (
          <li key={issue.id} class="cr-issue" data-cr="issue">
            <EditableText
              label={`Issue ${n + 1}`}
              value={issue.statement}
              onCommit={(v) => onUpdate(issue.id, { statement: v })}
            />
            {issue.evidence && (
              <blockquote class="cr-evidence">
                <span class="cr-visually-hidden">Client's words: </span>
                {issue.evidence}
              </blockquote>
            )}
            <div class="cr-row">
              <Field label="Kind">
                <select
                  value={issue.kind}
                  onChange={(e) => onUpdate(issue.id, { kind: e.currentTarget.value as CaseIssue['kind'] })}
                >
                  <option value="specific">Specific</option>
                  <option value="generality">Generality: needs an example</option>
                </select>
              </Field>
              <Field label="Status">
                <select
                  value={issue.status}
                  onChange={(e) => onUpdate(issue.id, { status: e.currentTarget.value as IssueStatus })}
                >
                  {(Object.keys(ISSUE_STATUS_LABEL) as IssueStatus[]).map((s) => (
                    <option key={s} value={s}>
                      {ISSUE_STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Client agreed" inline>
                <input
                  type="checkbox"
                  checked={issue.agreed}
                  onChange={(e) => onUpdate(issue.id, { agreed: e.currentTarget.checked })}
                />
              </Field>
            </div>
            <Field label="Resolved when">
              <EditableText
                label={`Issue ${n + 1} is resolved when`}
                placeholder="How you and the client will both know it is fixed"
                value={issue.resolvedWhen}
                onCommit={(v) => onUpdate(issue.id, { resolvedWhen: v })}
              />
            </Field>
            <Button variant="danger" onClick={() => onRemove(issue.id)} aria-label={`Remove issue ${n + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <form
        class="cr-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!statement.trim()) return;
          onAdd({ statement: statement.trim() });
          setStatement('');
        }}
      >
        <Field label="New issue">
          <input value={statement} placeholder="Invoice 4411 was charged twice" onInput={(e) => setStatement(e.currentTarget.value)} />
        </Field>
        <Button type="submit" disabled={!statement.trim()}>
          Add issue
        </Button>
      </form>
    </section>
  );
}
