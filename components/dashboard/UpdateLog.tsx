import { useState } from 'preact/hooks';
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

  function submit(e: Event) {
    e.preventDefault();
    const when = at ? new Date(at) : now;
    if (!summary.trim() || Number.isNaN(when.getTime())) return;
    onLog({ channel, summary: summary.trim(), at: when });
    setSummary('');
    setAt('');
    setOpen(false);
  }

  return (
    <section class="cr-card" aria-labelledby="updates-heading">
      <div class="cr-topbar">
        <h2 id="updates-heading">Updates to the client</h2>
        <Button onClick={() => setOpen(!open)} aria-expanded={open}>
          Log an update
        </Button>
      </div>
      {open && (
        <form class="cr-stack" onSubmit={submit} aria-label="Log an update">
          <div class="cr-row">
            <Field label="Channel">
              <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as UpdateChannel)}>
                {(Object.keys(CHANNEL_LABEL) as UpdateChannel[]).map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABEL[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="When">
              <input type="datetime-local" value={at || isoToLocalInput(now)} onInput={(e) => setAt(e.currentTarget.value)} />
            </Field>
          </div>
          <Field label="Summary">
            <textarea rows={3} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
          </Field>
          <Button type="submit" variant="primary" disabled={!summary.trim()}>
            Save update
          </Button>
        </form>
      )}
      {updates.length === 0 ? (
        <p class="cr-muted">No updates logged yet.</p>
      ) : (
        <ol class="cr-updates" reversed>
          {[...updates].reverse().map((u) => (
            <li key={u.id}>
              <span class="cr-muted">
                {formatDateTime(u.at)} · {CHANNEL_LABEL[u.channel]}
                {u.source === 'seen-reply' ? ' · seen in the thread' : ''}
              </span>
              <p class="cr-pre">{u.summary}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
