import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseUpdate, UpdateChannel } from '../../lib/cases/types';
import { CHANNEL_LABEL } from '../../lib/dashboard/labels';
import { formatDateTime, isoToLocalInput } from '../../lib/dashboard/format';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';

export interface LoggedUpdate {
  channel: UpdateChannel;
  summary: string;
  at: Date;
}

interface Props {
  /** Oldest first, as stored; shown newest first. */
  updates: CaseUpdate[];
  now: Date;
  onLog(update: LoggedUpdate): void;
}

/** Every update the client got: the over-communication the rescue depends on, and what resets the clock. */
export function UpdateLog({ updates, now, onLog }: Props) {
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<UpdateChannel>('email');
  const [summary, setSummary] = useState('');
  const [at, setAt] = useState('');
  const [future, setFuture] = useState(false);
  const section = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);
  // Opening puts the focus in the form; closing it (saved, cancelled, Escape) puts it back on the
  // button that opened it, so a keyboard user lands where they were.
  useEffect(() => {
    const here = section.current;
    if (open && !wasOpen.current) here?.querySelector<HTMLElement>('[data-cr="update-form"] select')?.focus();
    else if (!open && wasOpen.current) here?.querySelector<HTMLElement>('[data-cr="update-open"]')?.focus();
    wasOpen.current = open;
  }, [open]);

  function submit(e: Event) {
    e.preventDefault();
    const when = at ? new Date(at) : now;
    if (!summary.trim() || Number.isNaN(when.getTime())) return;
    // A mistyped year (2027 for 2026) would restart the update clock from then and silence every
    // reminder until it came round. The minute shown as "now" when the form opened still counts.
    if (when.getTime() >= now.getTime() + 60_000) return setFuture(true);
    setFuture(false);
    onLog({ channel, summary: summary.trim(), at: when });
    setSummary('');
    setAt('');
    setOpen(false);
  }

  return (
    <section
      class="cr-card"
      aria-labelledby="updates-heading"
      ref={section}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        setOpen(false);
      }}
    >
      <div class="cr-topbar">
        <h2 id="updates-heading">{i18n.t('dashboard.updates.heading')}</h2>
        <Button onClick={() => setOpen(!open)} aria-expanded={open} data-cr="update-open">
          {i18n.t('dashboard.updates.log')}
        </Button>
      </div>
      {open && (
        // noValidate: a time past `max` gets our sentence below, not the browser's bubble.
        <form class="cr-stack" onSubmit={submit} aria-label={i18n.t('dashboard.updates.log')} data-cr="update-form" noValidate>
          <div class="cr-row">
            <Field label={i18n.t('dashboard.updates.channel')}>
              <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as UpdateChannel)}>
                {(Object.keys(CHANNEL_LABEL) as UpdateChannel[]).map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABEL[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={i18n.t('dashboard.updates.when')}>
              <input
                type="datetime-local"
                value={at || isoToLocalInput(now)}
                max={isoToLocalInput(now)}
                aria-invalid={future}
                aria-describedby={future ? 'update-when-error' : undefined}
                onInput={(e) => {
                  setAt(e.currentTarget.value);
                  setFuture(false);
                }}
              />
            </Field>
          </div>
          {future && (
            <p id="update-when-error" class="cr-overdue" role="alert">
              {i18n.t('dashboard.updates.whenFuture')}
            </p>
          )}
          <Field label={i18n.t('dashboard.updates.summary')}>
            <textarea rows={3} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
          </Field>
          <Button type="submit" variant="primary" disabled={!summary.trim()}>
            {i18n.t('dashboard.updates.save')}
          </Button>
        </form>
      )}
      {updates.length === 0 ? (
        <p class="cr-muted">{i18n.t('dashboard.updates.empty')}</p>
      ) : (
        <ol class="cr-updates" reversed>
          {[...updates].reverse().map((u) => (
            <li key={u.id}>
              <span class="cr-muted">
                {formatDateTime(u.at)} · {CHANNEL_LABEL[u.channel]}
                {u.source === 'seen-reply' ? ` · ${i18n.t('dashboard.updates.seenInThread')}` : ''}
              </span>
              <p class="cr-pre">{u.summary}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
