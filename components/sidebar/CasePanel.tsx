import type { CaseSummary } from '../../lib/messaging/protocol';
import { formatDue } from './labels';

interface Props {
  openCase: CaseSummary | null;
  flagged: boolean;
  dismissed: boolean;
  busy: boolean;
  onOpenCase(): void;
  onDismiss(): void;
  onEscalate(): void;
  onOpenDashboard(caseId?: string): void;
}

const STEP_LABEL: Record<CaseSummary['step'], string> = {
  listen: 'Listen',
  quantify: 'Quantify',
  agree: 'Agree',
  plan: 'Plan',
  execute: 'Execute',
  monitor: 'Monitor',
};

/** The client's open case, or the one click that opens one. */
export function CasePanel({ openCase, flagged, dismissed, busy, onOpenCase, onDismiss, onEscalate, onOpenDashboard }: Props) {
  if (openCase) {
    return (
      <section class="cr-card" aria-label="Rescue case" data-cr="case-summary">
        <h3>Rescue case open</h3>
        <p>
          <strong>{openCase.title}</strong>
        </p>
        <p>
          Step: {STEP_LABEL[openCase.step]} ·{' '}
          <span class={openCase.dueState === 'overdue' ? 'cr-overdue' : ''}>
            update {openCase.dueState === 'paused' ? 'paused (waiting on client)' : formatDue(openCase.nextUpdateDue)}
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
            Add this message's issues
          </button>
          <button type="button" class="cr-btn" onClick={() => onOpenDashboard(openCase.caseId)}>
            Open case
          </button>
          <button type="button" class="cr-btn cr-btn-warn" disabled={busy} onClick={onEscalate}>
            {openCase.escalatedAt ? 'Escalate again' : 'Escalate'}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section class="cr-card" aria-label="Rescue case">
      <div class="cr-row">
        <button
          type="button"
          class={flagged ? 'cr-btn cr-btn-primary' : 'cr-btn'}
          disabled={busy}
          onClick={onOpenCase}
        >
          Open rescue case
        </button>
        {flagged && (
          <button type="button" class="cr-btn cr-btn-warn" disabled={busy} onClick={onEscalate}>
            Escalate
          </button>
        )}
        {flagged && !dismissed && (
          <button type="button" class="cr-btn cr-btn-quiet" disabled={busy} onClick={onDismiss}>
            Not a complaint
          </button>
        )}
      </div>
      {dismissed && <p class="cr-muted">You marked this thread as not a complaint.</p>}
    </section>
  );
}
