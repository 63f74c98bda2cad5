import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { RescueCase } from '../../lib/cases/types';
import { formatDateTime } from '../../lib/dashboard/format';
import { Button } from '../ui/Button';
import { useRefocus } from './use-refocus';
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
  const escalateTo = contact.trim();
  const open = rescue.outcome === 'open';
  const outcomeRow = useRef<HTMLDivElement>(null);
  const refocus = useRefocus();
  // Close gives way to Reopen and back: the focus goes to the first of the buttons drawn in its place.
  const thenFocusOutcome = () => refocus(() => outcomeRow.current?.querySelector<HTMLElement>('button'));

  return (
    <section class="cr-card cr-stack" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{i18n.t('dashboard.controls.heading')}</h2>
      <Field label={i18n.t('dashboard.controls.waiting')} hint={i18n.t('dashboard.controls.waitingHint')} inline>
        <input type="checkbox" checked={rescue.waitingOnClient} disabled={!open} onChange={(e) => onWaiting(e.currentTarget.checked)} />
      </Field>
      {open && (
        <div class="cr-row">
          <span>{i18n.t('dashboard.controls.reminders')}</span>
          <Button onClick={() => onSnooze('hour')}>{i18n.t('dashboard.controls.snoozeHour')}</Button>
          <Button onClick={() => onSnooze('tomorrow')}>{i18n.t('dashboard.controls.snoozeTomorrow')}</Button>
          {rescue.snoozedUntil && rescue.snoozedUntil > now.toISOString() && (
            <span class="cr-muted">{i18n.t('dashboard.controls.snoozedUntil', [formatDateTime(rescue.snoozedUntil)])}</span>
          )}
        </div>
      )}
      <Field label={i18n.t('dashboard.controls.cadence')} hint={i18n.t('dashboard.controls.cadenceHint')}>
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
        <Field label={i18n.t('dashboard.controls.escalationContact')}>
          <input value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
        </Field>
        <Button
          variant="danger"
          data-cr="escalate"
          disabled={!escalateTo}
          title={escalateTo ? undefined : i18n.t('dashboard.controls.escalateHint')}
          onClick={() => onEscalate(escalateTo)}
        >
          {rescue.escalatedAt ? i18n.t('dashboard.controls.escalateAgain') : i18n.t('dashboard.controls.escalate')}
        </Button>
      </div>
      {!escalateTo && <p class="cr-muted">{i18n.t('dashboard.controls.escalateHint')}</p>}
      {rescue.escalatedAt && (
        <p class="cr-muted">
          {rescue.escalationContact?.trim()
            ? i18n.t('dashboard.controls.escalatedTo', [rescue.escalationContact, formatDateTime(rescue.escalatedAt)])
            : i18n.t('dashboard.controls.escalatedOn', [formatDateTime(rescue.escalatedAt)])}
        </p>
      )}
      <div class="cr-row" ref={outcomeRow}>
        {open ? (
          <>
            <Button
              onClick={() => {
                thenFocusOutcome();
                onClose('resolved');
              }}
            >
              {i18n.t('dashboard.controls.closeResolved')}
            </Button>
            <Button
              onClick={() => {
                thenFocusOutcome();
                onClose('lost');
              }}
            >
              {i18n.t('dashboard.controls.closeLost')}
            </Button>
          </>
        ) : (
          <Button
            onClick={() => {
              thenFocusOutcome();
              onReopen();
            }}
          >
            {i18n.t('dashboard.controls.reopen')}
          </Button>
        )}
        <Button variant="danger" onClick={onDelete}>
          {i18n.t('dashboard.controls.delete')}
        </Button>
      </div>
    </section>
  );
}
