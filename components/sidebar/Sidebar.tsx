import { i18n } from '../../lib/content/page-i18n';
import { useEffect, useState } from 'preact/hooks';
import { flagShown, type DraftOption, type Notice, type SidebarState } from '../../lib/content/sidebar-state';
import type { Theme } from '../../lib/content/theme';
import type { InsertOutcome } from '../../lib/content/controller';
import type { Attention } from '../../lib/content/attention';
import { AttentionList } from './AttentionList';
import { CoachPanel } from './CoachPanel';
import type { CoachFinding } from '../../lib/drafts/types';
import { CasePanel } from './CasePanel';
import { ReplyPanel } from './ReplyPanel';
import { replyAdvice } from '../../lib/content/reply-advice';
import { AsksCard } from './AsksCard';
import { IssueList } from './IssueList';
import { LayoutNotice } from './LayoutNotice';
import { ToneCard } from './ToneCard';
import { LEVEL_LABEL } from './labels';

export interface SidebarActions {
  loadDraft(id: string): Promise<string>;
  /** 'already' when the reply box held this letter, so nothing was added. */
  insertReply(text: string, draftId: string): Promise<InsertOutcome | void>;
  /** `updateId` stays the same when the user retries, so the update is logged once. */
  logUpdate(text: string, updateId: string): Promise<void>;
  openCase(): Promise<void>;
  dismiss(): Promise<void>;
  undismiss(): Promise<void>;
  escalate(): Promise<void>;
  openDashboard(caseId?: string): void;
  openThread(threadId: string): void;
}

interface Props {
  state: SidebarState;
  theme: Theme;
  notice: Notice | null;
  draftOptions: DraftOption[];
  actions: SidebarActions;
  attention: Attention[];
  coach: CoachFinding[] | null;
}

function Body({ state, draftOptions, actions }: Pick<Props, 'state' | 'draftOptions' | 'actions'>) {
  const [busy, setBusy] = useState(false);
  const run = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  switch (state.kind) {
    case 'waiting':
    case 'reading':
      return (
        <p class="cr-muted" role="status">
          {i18n.t('sidebar.reading')}
        </p>
      );
    case 'no-message':
      return <p class="cr-muted">{i18n.t('sidebar.noMessage')}</p>;
    case 'own-message':
      return <p class="cr-muted">{i18n.t('sidebar.ownMessage')}</p>;
    case 'layout-changed':
      return <LayoutNotice message={state.message} missing={state.missing} />;
    case 'error':
    case 'invalidated':
      return (
        <p class="cr-error" role="alert">
          {state.message}
        </p>
      );
    case 'analysed':
      return (
        <>
          <p class="cr-from">
            <strong>{state.message.senderName || state.message.senderAddress}</strong>
            <span class="cr-muted"> · {state.message.subject}</span>
          </p>
          <ToneCard key={state.message.messageId} report={state.report} flagged={flagShown(state)} />
          <IssueList issues={state.report.issues} scored={state.report.status === 'ok'} />
          <AsksCard asks={state.report.asks} deadlines={state.report.deadlines} />
          <CasePanel
            openCase={state.openCase}
            flagged={flagShown(state)}
            dismissed={state.dismissed}
            busy={busy}
            onOpenCase={run(actions.openCase)}
            onDismiss={run(actions.dismiss)}
            onUndismiss={run(actions.undismiss)}
            onEscalate={run(actions.escalate)}
            onOpenDashboard={actions.openDashboard}
          />
          <ReplyPanel
            key={state.message.messageId}
            advice={replyAdvice(state)}
            options={draftOptions}
            loadDraft={actions.loadDraft}
            onInsert={actions.insertReply}
            onLogUpdate={state.openCase ? actions.logUpdate : undefined}
          />
        </>
      );
  }
}

/** The panel beside the reading pane. Collapses to a thin tab so it never covers the message. */
export function Sidebar({ state, theme, notice, draftOptions, actions, attention, coach }: Props) {
  const [collapsed, setCollapsed] = useState(false);
  // A notice answers something the user just did (a shortcut works with the sidebar collapsed too):
  // it opens the sidebar, or it would say nothing where anyone could read it.
  useEffect(() => {
    if (notice) setCollapsed(false);
  }, [notice]);
  // A thread the user marked "Not a complaint" no longer shows the analyser's alarm colour up here
  // (unless a case was opened for it since: that says it is a complaint after all).
  const dismissed = state.kind === 'analysed' && state.dismissed && !state.openCase;
  const level = state.kind === 'analysed' ? (dismissed ? 'dismissed' : (state.report.level ?? 'unsupported')) : 'none';
  // The dot is drawn, not named: the button carries its meaning, also when collapsed to the dot alone.
  const status =
    state.kind !== 'analysed' ? null : dismissed ? i18n.t('sidebar.dismissedStatus') : state.report.level ? LEVEL_LABEL[state.report.level] : null;
  return (
    <aside class={`cr-root cr-${theme}`} data-collapsed={collapsed} data-state={state.kind} aria-label={i18n.t('extName')}>
      <header class="cr-header">
        <button
          type="button"
          class="cr-toggle"
          aria-expanded={!collapsed}
          aria-controls="cr-body"
          aria-label={status ? i18n.t('sidebar.toggleLabel', [status]) : i18n.t('extName')}
          title={collapsed ? i18n.t('sidebar.show') : i18n.t('sidebar.hide')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span class={`cr-dot cr-dot-${level}`} aria-hidden="true" />
          {!collapsed && <span class="cr-title">{i18n.t('extName')}</span>}
        </button>
      </header>
      {!collapsed && (
        <div id="cr-body" class="cr-body">
          {notice && (
            <p class="cr-notice-line" role="status">
              {notice.text}
            </p>
          )}
          <CoachPanel findings={coach} />
          <Body state={state} draftOptions={draftOptions} actions={actions} />
          <AttentionList items={attention} onOpen={actions.openThread} />
        </div>
      )}
    </aside>
  );
}
