import { i18n } from '../../lib/content/page-i18n';
import { dueBy } from '../../lib/tone/deadlines';
import type { ToneAsk, ToneDeadline } from '../../lib/tone/types';

/**
 * What the client asks for and the deadlines they set: the reply should answer each ask and say
 * what can be done by then. Deadlines as written ("by Friday"): the analyser resolves weekdays
 * forwards, and a client's "by Friday" is as often last week's missed promise as the next one.
 */
export function AsksCard({ asks, deadlines }: { asks: ToneAsk[]; deadlines: ToneDeadline[] }) {
  const due = dueBy(deadlines);
  if (asks.length === 0 && due.length === 0) return null;
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.asks.label')} data-cr="asks">
      {asks.length > 0 && (
        <p>
          <strong>{i18n.t('sidebar.asks.wants')}</strong>{' '}
          {asks.map((ask, i) => (
            <span key={ask.start} data-cr="ask" data-kind={ask.kind}>
              {i > 0 && ' · '}
              {ask.phrase}
            </span>
          ))}
        </p>
      )}
      {due.length > 0 && (
        <p>
          <strong>{i18n.t('sidebar.asks.due')}</strong>{' '}
          {due.map((d, i) => (
            <span key={d.start} data-cr="deadline">
              {i > 0 && ' · '}
              {d.phrase}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
