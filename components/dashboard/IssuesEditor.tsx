import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { IssueInput, IssuePatch } from '../../lib/cases/case-edits';
import type { CaseIssue, IssueStatus } from '../../lib/cases/types';
import { ISSUE_STATUS_LABEL } from '../../lib/dashboard/labels';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { EditableText } from './EditableText';
import { useRefocus } from './use-refocus';

interface Props {
  issues: CaseIssue[];
  onAdd(input: IssueInput): void;
  onUpdate(id: string, patch: IssuePatch): void;
  onRemove(id: string): void;
}

/** The quantified issue list: each a specific, checkable statement the client agreed to. */
export function IssuesEditor({ issues, onAdd, onUpdate, onRemove }: Props) {
  const [statement, setStatement] = useState('');
  const newIssue = useRef<HTMLInputElement>(null);
  const refocus = useRefocus();
  const generalities = issues.filter((i) => i.kind === 'generality').length;

  return (
    <section class="cr-card" aria-labelledby="issues-heading">
      <h2 id="issues-heading">{i18n.t('dashboard.issues.heading')}</h2>
      {generalities > 0 && (
        <p class="cr-muted">{i18n.t('dashboard.issues.generalities', generalities)}</p>
      )}
      {issues.length === 0 && <p class="cr-muted">{i18n.t('dashboard.issues.empty')}</p>}
      <ol class="cr-issues">
        {issues.map((issue, n) => (
          <li key={issue.id} class="cr-issue" data-cr="issue">
            <EditableText
              label={i18n.t('dashboard.issues.issueN', [n + 1])}
              required
              value={issue.statement}
              onCommit={(v) => onUpdate(issue.id, { statement: v })}
            />
            {issue.evidence && (
              <blockquote class="cr-evidence">
                <span class="cr-visually-hidden">{i18n.t('dashboard.issues.clientsWords')} </span>
                {issue.evidence}
              </blockquote>
            )}
            <div class="cr-row">
              <Field label={i18n.t('dashboard.issues.kind')}>
                <select
                  value={issue.kind}
                  onChange={(e) => onUpdate(issue.id, { kind: e.currentTarget.value as CaseIssue['kind'] })}
                >
                  <option value="specific">{i18n.t('dashboard.issues.specific')}</option>
                  <option value="generality">{i18n.t('dashboard.issues.generality')}</option>
                </select>
              </Field>
              <Field label={i18n.t('dashboard.issues.status')}>
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
              <Field label={i18n.t('dashboard.issues.clientAgreed')} inline>
                <input
                  type="checkbox"
                  checked={issue.agreed}
                  onChange={(e) => onUpdate(issue.id, { agreed: e.currentTarget.checked })}
                />
              </Field>
            </div>
            <Field label={i18n.t('dashboard.issues.resolvedWhen')}>
              <EditableText
                label={i18n.t('dashboard.issues.resolvedWhenN', [n + 1])}
                placeholder={i18n.t('dashboard.issues.resolvedWhenPlaceholder')}
                value={issue.resolvedWhen}
                onCommit={(v) => onUpdate(issue.id, { resolvedWhen: v })}
              />
            </Field>
            <Button
              variant="danger"
              onClick={() => {
                refocus(() => newIssue.current);
                onRemove(issue.id);
              }}
              aria-label={i18n.t('dashboard.issues.removeN', [n + 1])}
            >
              {i18n.t('dashboard.issues.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <form
        class="cr-row cr-add-issue"
        onSubmit={(e) => {
          e.preventDefault();
          if (!statement.trim()) return;
          onAdd({ statement: statement.trim() });
          setStatement('');
          // Ready for the next issue: the Add button the user pressed is disabled until they type again.
          newIssue.current?.focus();
        }}
      >
        <Field label={i18n.t('dashboard.issues.newIssue')}>
          <input
            ref={newIssue}
            value={statement}
            placeholder={i18n.t('dashboard.issues.newIssuePlaceholder')}
            onInput={(e) => setStatement(e.currentTarget.value)}
          />
        </Field>
        <Button type="submit" disabled={!statement.trim()}>
          {i18n.t('dashboard.issues.add')}
        </Button>
      </form>
    </section>
  );
}
