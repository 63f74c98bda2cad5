import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { actionsCsv, issuesCsv } from '../../lib/cases/case-csv';
import { getCaseDetail } from '../../lib/cases/case-detail';
import { addAction, addIssue, escalate, logUpdate, setCommitment, updateAction, updateCase, updateIssue } from '../../lib/cases/case-edits';
import { RecordNotFoundError } from '../../lib/cases/errors';
import { restore } from '../../lib/cases/soft-delete';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import { snoozeUntil } from '../../lib/nudges/notifications';
import { nextUpdateText } from '../../lib/dashboard/format';
import { OUTCOME_LABEL } from '../../lib/dashboard/labels';
import { STEP_LABEL } from '../../lib/dashboard/steps';
import { Button } from '../ui/Button';
import { AgreementCapture } from './AgreementCapture';
import { CaseControls } from './CaseControls';
import { updateCaseAndDue } from './case-writes';
import { useDashboard } from './dashboard-context';
import { datedName, downloadText } from './download';
import { DraftPanel } from './DraftPanel';
import { escalationDraft } from '../../lib/drafts/escalation';
import { mailtoUrl } from '../../lib/providers/compose-url';
import { EditableText } from './EditableText';
import { useRefocus } from './use-refocus';
import { ExecutionBoard } from './ExecutionBoard';
import { IssuesEditor } from './IssuesEditor';
import { PlanBuilder } from './PlanBuilder';
import { SeverityField } from './SeverityField';
import { StatusDraftPanel } from './StatusDraftPanel';
import { StepChecklist } from './StepChecklist';
import { ToneChart } from './ToneChart';
import { UpdateLog } from './UpdateLog';
import { useLiveQuery } from './use-live-query';

interface Props {
  caseId: string;
  /** Opened from a reminder's "Draft update": show the status-update draft straight away. */
  showDraft: boolean;
  onBack(): void;
}

/** One rescue, worked through the method's steps. Every section saves as it is edited. */
export function CasePage({ caseId, showDraft, onBack }: Props) {
  const { db, settings, now, run, remove, report } = useDashboard();
  const [draftShown, setDraftShown] = useState(showDraft);
  /** The escalation contact just escalated to: their hand-off message is shown. */
  const [handoffTo, setHandoffTo] = useState<string | null>(null);
  const refocus = useRefocus();
  const detail = useLiveQuery(() => getCaseDetail(db, caseId), [db, caseId]);
  const missing = detail.error instanceof RecordNotFoundError;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = detail.value !== undefined;
  // The hand-off message is what the user came to Escalate for: it takes the focus when it appears.
  useEffect(() => {
    if (handoffTo) document.querySelector<HTMLElement>('[data-cr="handoff"] textarea')?.focus();
  }, [handoffTo]);
  // Keyboard and screen-reader users land on the case they opened, not at the top of the old list.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (detail.error && !missing) report(detail.error);
  }, [detail.error, missing, report]);

  const back = (
    <Button variant="quiet" onClick={onBack}>
      {i18n.t('dashboard.case.back')}
    </Button>
  );
  if (missing) {
    return (
      <section>
        {back}
        <p role="alert">{i18n.t('dashboard.case.missing')}</p>
      </section>
    );
  }
  const d = detail.value;
  if (!d) return <p class="cr-muted">{i18n.t('dashboard.case.loading')}</p>;

  const c = d.case;
  const at = now();
  const working = settings.working;
  const due = nextUpdateText(c, at, working);
  const handoffDraft = () => escalationDraft({ ...d, settings, now: now() }, 'full');
  const patchDue = (patch: Parameters<typeof updateCaseAndDue>[2]) => run(() => updateCaseAndDue(db, c.id, patch, working, now()));

  if (c.deletedAt) {
    return (
      <section>
        {back}
        <div class="cr-banner" role="status">
          <span>{i18n.t('dashboard.case.deleted')} </span>
          <Button data-cr="restore-case" onClick={() => run(() => restore(db, 'cases', c.id, now()))}>
            {i18n.t('dashboard.case.restore')}
          </Button>
        </div>
      </section>
    );
  }

  const contact = d.client.mainContact?.email ?? d.client.addresses[0] ?? '';
  return (
    <article aria-labelledby="case-heading" data-cr="case-page">
      {back}
      <header class="cr-card cr-stack">
        <h1 id="case-heading" tabIndex={-1} ref={heading}>
          {d.client.name}
          {contact && <span class="cr-muted"> · {contact}</span>}
        </h1>
        <EditableText
          label={i18n.t('dashboard.case.title')}
          required
          value={c.title}
          onCommit={(title) => run(() => updateCase(db, c.id, { title }, now()))}
        />
        <div class="cr-row cr-case-facts">
          <span>{c.outcome === 'open' ? i18n.t('dashboard.case.step', [STEP_LABEL[c.step]]) : OUTCOME_LABEL[c.outcome]}</span>
          <SeverityField value={c.severity} onChange={(severity) => run(() => updateCase(db, c.id, { severity }, now()))} />
          <span class={due.overdue ? 'cr-overdue' : ''}>{due.text}</span>
        </div>
        <div class="cr-row">
          {!draftShown && (
            <Button
              data-cr="draft-status"
              onClick={() => {
                refocus(() => document.querySelector<HTMLElement>('[data-cr="status-draft"] textarea'));
                setDraftShown(true);
              }}
            >
              {i18n.t('dashboard.case.draftStatus')}
            </Button>
          )}
          <Button onClick={() => downloadText(datedName('issues', at, 'csv'), issuesCsv(d), 'text/csv')}>
            {i18n.t('dashboard.case.issuesCsv')}
          </Button>
          <Button onClick={() => downloadText(datedName('plan', at, 'csv'), actionsCsv(d), 'text/csv')}>
            {i18n.t('dashboard.case.actionsCsv')}
          </Button>
        </div>
      </header>

      {draftShown && (
        <StatusDraftPanel
          detail={d}
          settings={settings}
          now={at}
          onClose={() => {
            refocus(() => document.querySelector<HTMLElement>('[data-cr="draft-status"]'));
            setDraftShown(false);
          }}
        />
      )}

      <StepChecklist step={c.step} closed={c.outcome !== 'open'} onSetStep={(step) => patchDue({ step })} />

      <IssuesEditor
        issues={d.issues}
        onAdd={(input) => run(() => addIssue(db, c.id, input, now()))}
        onUpdate={(id, patch) => run(() => updateIssue(db, id, patch, now()))}
        onRemove={(id) => remove('issues', id, i18n.t('dashboard.toast.issue'))}
      />

      <AgreementCapture
        agreedAt={c.agreedAt ?? null}
        commitment={d.commitment}
        onAgreedAt={(agreedAt) => run(() => updateCase(db, c.id, { agreedAt }, now()))}
        onCommitment={(input) => run(() => setCommitment(db, c.id, input, now()))}
      />

      <PlanBuilder
        actions={d.actions}
        issues={d.issues}
        planAgreedAt={c.planAgreedAt ?? null}
        onAdd={(input) => run(() => addAction(db, c.id, input, now()))}
        onUpdate={(id, patch) => run(() => updateAction(db, id, patch, now()))}
        onRemove={(id) => remove('actions', id, i18n.t('dashboard.toast.action'))}
        onPlanAgreedAt={(planAgreedAt) => patchDue({ planAgreedAt })}
      />

      <ExecutionBoard actions={d.actions} onMove={(id, status) => run(() => updateAction(db, id, { status }, now()))} />

      <UpdateLog
        updates={d.updates}
        now={at}
        onLog={(u) =>
          run(() => {
            // A logged update restarts the clock from the later of its time and the last one.
            const last = c.lastUpdateAt && c.lastUpdateAt > u.at.toISOString() ? c.lastUpdateAt : u.at.toISOString();
            const next = nextUpdateDue({ ...c, lastUpdateAt: last }, working);
            return logUpdate(db, c.id, { ...u, source: 'manual', nextUpdateDue: next }, now());
          })
        }
      />

      <ToneChart messages={d.messages} />

      <CaseControls
        key={c.id}
        rescue={c}
        defaultEscalationContact={settings.escalationContact}
        now={at}
        onWaiting={(waitingOnClient) => patchDue({ waitingOnClient })}
        onSnooze={(kind) => run(() => updateCase(db, c.id, { snoozedUntil: snoozeUntil(kind, now(), working) }, now()))}
        onCadence={(cadenceDays) => patchDue({ cadenceDays })}
        onEscalate={async (contactName) => {
          await run(() => escalate(db, c.id, contactName, now()));
          setHandoffTo(contactName);
        }}
        onClose={(outcome) => patchDue({ outcome, closedAt: now().toISOString() })}
        onReopen={() => patchDue({ outcome: 'open', closedAt: null })}
        onDelete={() => {
          // The page becomes the "deleted" notice: its Restore button takes the focus, not the page's top.
          refocus(() => document.querySelector<HTMLElement>('[data-cr="restore-case"]'));
          void remove('cases', c.id, i18n.t('dashboard.toast.case'));
        }}
      />
      {handoffTo !== null && (
        <DraftPanel
          key={handoffTo}
          heading={i18n.t('dashboard.handoff.heading', [handoffTo])}
          name="handoff"
          build={() => handoffDraft().body}
          copiedText={i18n.t('dashboard.handoff.copied')}
          onClose={() => {
            refocus(() => document.querySelector<HTMLElement>('[data-cr="escalate"]'));
            setHandoffTo(null);
          }}
        >
          {(body) => {
            const href = mailtoUrl({ to: handoffTo, subject: handoffDraft().subject, body });
            return (
              href && (
                <a class="cr-btn" href={href}>
                  {i18n.t('dashboard.handoff.openInMail')}
                </a>
              )
            );
          }}
        </DraftPanel>
      )}
    </article>
  );
}
