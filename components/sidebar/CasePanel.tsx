import { i18n } from '../../lib/content/page-i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { CaseSummary } from '../../lib/messaging/protocol';
import { caseUpdateText } from './labels';

interface Props {
  openCase: CaseSummary | null;
  /** The flag as shown: the analyser's, unless the user marked the thread "Not a complaint" (flagShown). */
  flagged: boolean;
  dismissed: boolean;
  busy: boolean;
  onOpenCase(): void;
  onDismiss(): void;
  onUndismiss(): void;
  onEscalate(): void;
  onOpenDashboard(caseId?: string): void;
}

const STEP_LABEL: Record<CaseSummary['step'], () => string> = {
  listen: () => i18n.t('steps.listen'),
  quantify: () => i18n.t('steps.quantify'),
  agree: () => i18n.t('steps.agree'),
  plan: () => i18n.t('steps.plan'),
  execute: () => i18n.t('steps.execute'),
  monitor: () => i18n.t('steps.monitor'),
};

/** The client's open case, or the one click that opens one. */
export function CasePanel({ openCase, flagged, dismissed, busy, onOpenCase, onDismiss, onUndismiss, onEscalate, onOpenDashboard }: Props) {
  const dismissButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  /** The control to focus once the click has landed: the one pressed goes away with it. */
  const focusNext = useRef<'undo' | 'dismiss' | null>(null);
  useEffect(() => {
    if (busy || !focusNext.current) return;
    const target = focusNext.current === 'undo' ? undoButton.current : dismissButton.current;
    if (target) target.focus();
    focusNext.current = null;
  }, [busy, dismissed]);

  if (openCase) {
    return (
      <section class="cr-card" aria-label={i18n.t('sidebar.case.label')} data-cr="case-summary">
        <h3>{i18n.t('sidebar.case.heading')}</h3>
        <p>
          <strong>{openCase.title}</strong>
        </p>
        <p>
          {i18n.t('sidebar.case.step', [STEP_LABEL[openCase.step]()])}{' '}
          <span class={openCase.dueState === 'overdue' ? 'cr-overdue' : ''}>
            {caseUpdateText(openCase)}
          </span>
        </p>
        {openCase.openIssues.length > 0 && (
          <ul class="cr-open-issues">
            {openCase.openIssues.slice(0, 5).map((i) => (
              <li key={i.id}>{i.statement}</li>
            ))}
          </ul>
        )}
        <div class="cr-row">
          <button type="button" class="cr-btn" disabled={busy} onClick={onOpenCase}>
            {i18n.t('sidebar.case.addIssues')}
          </button>
          <button type="button" class="cr-btn" onClick={() => onOpenDashboard(openCase.caseId)}>
            {i18n.t('sidebar.case.openCase')}
          </button>
          <button type="button" class="cr-btn cr-btn-warn" disabled={busy} onClick={onEscalate}>
            {openCase.escalatedAt ? i18n.t('sidebar.case.escalateAgain') : i18n.t('sidebar.case.escalate')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.case.label')}>
      <div class="cr-row">
        <button
          type="button"
          class={flagged ? 'cr-btn cr-btn-primary' : 'cr-btn'}
          disabled={busy}
          onClick={onOpenCase}
        >
          {i18n.t('sidebar.case.openRescueCase')}
        </button>
        {flagged && (
          <button type="button" class="cr-btn cr-btn-warn" disabled={busy} onClick={onEscalate}>
            {i18n.t('sidebar.case.escalate')}
          </button>
        )}
        {flagged && (
          <button
            type="button"
            class="cr-btn cr-btn-quiet"
            disabled={busy}
            ref={dismissButton}
            onClick={() => {
              focusNext.current = 'undo';
              onDismiss();
            }}
          >
            {i18n.t('sidebar.case.notComplaint')}
          </button>
        )}
      </div>
      {dismissed && (
        <p class="cr-muted cr-row" data-cr="dismissed">
          <span id="cr-dismissed-text" role="status">
            {i18n.t('sidebar.case.dismissed')}
          </span>
          <button
            type="button"
            class="cr-btn"
            disabled={busy}
            ref={undoButton}
            aria-describedby="cr-dismissed-text"
            onClick={() => {
              focusNext.current = 'dismiss';
              onUndismiss();
            }}
          >
            {i18n.t('sidebar.case.undoDismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
