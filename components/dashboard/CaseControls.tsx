import { useState } from 'preact/hooks';
import type { RescueCase } from '../../lib/cases/types';
import { formatDateTime } from '../../lib/dashboard/format';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';

interface Props {
  rescue: RescueCase;
  defaultEscalationContact: string;
  now: Date;
  onWaiting(waiting: boolean): void;
  onSnooze(kind: 'hour' | 'tomorrow'): void;
  onCadence(days: number | null): void;
  onEscalate(contact: string): void;
  onClose(outcome: 'resolved' | 'lost'): void;
  onReopen(): void;
  onDelete(): void;
}

/** The case's clock and fate: waiting on the client, cadence, escalation, closing. */
export function CaseControls({
  rescue,
  defaultEscalationContact,
  now,
  onWaiting,
  onSnooze,
  onCadence,
  onEscalate,
  onClose,
  onReopen,
  onDelete,
}: Props) {
  const [contact, setContact] = useState(rescue.escalationContact || defaultEscalationContact);
  const open = rescue.outcome === 'open';

  return (
    <section class="cr-card cr-stack" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Case</h2>
      <Field label="Waiting on the client" hint="Pauses the update clock until you untick it." inline>
        <input type="checkbox" checked={rescue.waitingOnClient} disabled={!open} onChange={(e) => onWaiting(e.currentTarget.checked)} />
      </Field>
      {open && (
        <div class="cr-row">
          <span>Reminders:</span>
          <Button onClick={() => onSnooze('hour')}>Snooze 1 hour</Button>
          <Button onClick={() => onSnooze('tomorrow')}>Snooze until tomorrow</Button>
          {rescue.snoozedUntil && rescue.snoozedUntil > now.toISOString() && (
            <span class="cr-muted">Snoozed until {formatDateTime(rescue.snoozedUntil)}.</span>
          )}
        </div>
      )}
      <Field label="Update every N working days" hint="Empty uses the method's default for the step.">
        <input
          type="number"
          min={1}
          max={30}
          value={rescue.cadenceDays ?? ''}
          onChange={(e) => {
            const raw = e.currentTarget.value;
            const n = Math.round(Number(raw));
            onCadence(raw === '' || !(n >= 1) ? null : Math.min(30, n));
          }}
        />
      </Field>
      <div class="cr-row">
        <Field label="Escalation contact">
          <input value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
        </Field>
        <Button variant="danger" disabled={!contact.trim()} onClick={() => onEscalate(contact.trim())}>
          Escalate
        </Button>
      </div>
      {rescue.escalatedAt && (
        <p class="cr-muted">
          Escalated to {rescue.escalationContact} on {formatDateTime(rescue.escalatedAt)}.
        </p>
      )}
      <div class="cr-row">
        {open ? (
          <>
            <Button onClick={() => onClose('resolved')}>Close as resolved</Button>
            <Button onClick={() => onClose('lost')}>Close as lost</Button>
          </>
        ) : (
          <Button onClick={onReopen}>Reopen</Button>
        )}
        <Button variant="danger" onClick={onDelete}>
          Delete case
        </Button>
      </div>
    </section>
  );
}
