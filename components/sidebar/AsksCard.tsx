import { i18n } from '../../lib/content/page-i18n';
import { deadlineOver, dueBy } from '../../lib/tone/deadlines';
import type { ToneAsk, ToneDeadline } from '../../lib/tone/types';

/** One labelled line of phrases as the client wrote them, "a · b · c"; nothing when there are none. */
function PhraseLine({ label, items, cr }: { label: string; items: { phrase: string; start: number; kind?: string; passed?: boolean }[]; cr: string }) {
  if (items.length === 0) return null;
  return (
    <p>
      <strong>{label}</strong>{' '}
      {items.map((item, i) => (
        <span key={item.start} data-cr={cr} data-kind={item.kind}>
          {i > 0 && ' · '}
          {item.phrase}
          {item.passed && <span class="cr-muted"> ({i18n.t('sidebar.asks.passed')})</span>}
        </span>
      ))}
    </p>
  );
}

/**
 * What the client asks for and the deadlines they set: the reply should answer each ask and say
 * what can be done by then. Deadlines as written ("by Friday"): the analyser resolves weekdays
 * forwards, and a client's "by Friday" is as often last week's missed promise as the next one.
 */
export function AsksCard({ asks, deadlines, now = new Date() }: { asks: ToneAsk[]; deadlines: ToneDeadline[]; now?: Date }) {
  // A deadline read days later may be behind us already ("by tomorrow", written on Friday): say so.
  const due = dueBy(deadlines).map((d) => ({ ...d, passed: deadlineOver(d, now) }));
  if (asks.length === 0 && due.length === 0) return null;
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.asks.label')} data-cr="asks">
      <PhraseLine label={i18n.t('sidebar.asks.wants')} items={asks} cr="ask" />
      <PhraseLine label={i18n.t('sidebar.asks.due')} items={due} cr="deadline" />
    </section>
  );
}
