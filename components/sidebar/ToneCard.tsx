import { i18n } from '../../lib/content/page-i18n';
import { useState } from 'preact/hooks';
import type { ToneReport } from '../../lib/tone/types';
import { CATEGORY_LABEL, LEVEL_LABEL } from './labels';

interface Props {
  report: ToneReport;
  flagged: boolean;
}

const MAX_PHRASES = 8;

/**
 * The strongest phrases, each once, in reading order: a client who repeats "again and again" through
 * a long email would otherwise fill the few places with copies, and a threat in the last line ("our
 * lawyers") must not lose its place to milder phrases before it.
 */
function shownSignals(signals: ToneReport['signals']): ToneReport['signals'] {
  const seen = new Set<string>();
  const distinct = signals.filter((s) => {
    const key = `${s.category}\u0000${s.phrase.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return distinct
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.weight - a.s.weight || a.order - b.order)
    .slice(0, MAX_PHRASES)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => s);
}

/** Level, score and the exact phrases behind them, so the user can judge the flag for themselves. */
export function ToneCard({ report, flagged }: Props) {
  // Why each phrase counts, behind a button rather than a hover tooltip: reachable from the keyboard,
  // and read out with the phrase once open. (Before any return: hooks run in the same order each render.)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (report.status !== 'ok' || !report.level) {
    const why =
      report.status === 'too-short'
        ? i18n.t('sidebar.tone.tooShort')
        : i18n.t('sidebar.tone.notEnglish');
    return (
      <section class="cr-card cr-tone" data-cr="tone" data-level="unsupported" aria-label={i18n.t('sidebar.tone.label')}>
        <div class="cr-level cr-level-unsupported">{i18n.t('sidebar.tone.notScored')}</div>
        <p class="cr-muted">{why}</p>
      </section>
    );
  }
  const signals = shownSignals(report.signals);
  const toggle = (key: string) => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };
  return (
    <section class="cr-card cr-tone" data-cr="tone" data-level={report.level} aria-label={i18n.t('sidebar.tone.label')}>
      <div class={`cr-level cr-level-${report.level}`}>
        <span>{LEVEL_LABEL[report.level]}</span>
        <span class="cr-score" title={i18n.t('sidebar.tone.scoreTitle')}>
          {i18n.t('sidebar.tone.score', [report.score ?? ''])}
        </span>
      </div>
      {flagged && <p class="cr-flag">{i18n.t('sidebar.tone.flagged')}</p>}
      {report.reasons.length > 0 && (
        <ul class="cr-reasons">
          {report.reasons.slice(0, 4).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {signals.length > 0 && (
        <ul class="cr-signals" aria-label={i18n.t('sidebar.tone.phrases')}>
          {signals.map((s, index) => {
            const key = `${s.start}-${s.category}`;
            const expanded = open.has(key);
            return (
              <li key={key} data-cr="signal" data-category={s.category}>
                <button
                  type="button"
                  class="cr-signal"
                  aria-expanded={expanded}
                  aria-controls={`cr-why-${index}`}
                  title={expanded ? undefined : i18n.t('sidebar.tone.whyShow')}
                  onClick={() => toggle(key)}
                >
                  <mark>“{s.phrase}”</mark> <span class="cr-muted">{CATEGORY_LABEL[s.category]}</span>
                </button>
                <p id={`cr-why-${index}`} class="cr-why" data-cr="signal-why" hidden={!expanded}>
                  {s.why}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {report.truncated && (
        <p class="cr-muted">{i18n.t('sidebar.tone.truncated', [report.analysedLength.toLocaleString()])}</p>
      )}
    </section>
  );
}
