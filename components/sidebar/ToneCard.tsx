import type { ToneReport } from '../../lib/tone/types';
import { CATEGORY_LABEL, LEVEL_LABEL } from './labels';

interface Props {
  report: ToneReport;
  flagged: boolean;
}

/** Level, score and the exact phrases behind them, so the user can judge the flag for themselves. */
export function ToneCard({ report, flagged }: Props) {
  if (report.status !== 'ok' || !report.level) {
    const why =
      report.status === 'too-short'
        ? 'This message is too short to judge its tone.'
        : 'This message is not in English; Client Rescue does not judge its tone rather than guess.';
    return (
      <section class="cr-card cr-tone" data-cr="tone" data-level="unsupported" aria-label="Tone">
        <div class="cr-level cr-level-unsupported">Not scored</div>
        <p class="cr-muted">{why}</p>
      </section>
    );
  }
  return (
    <section class="cr-card cr-tone" data-cr="tone" data-level={report.level} aria-label="Tone">
      <div class={`cr-level cr-level-${report.level}`}>
        <span>{LEVEL_LABEL[report.level]}</span>
        <span class="cr-score" title="0 is calm, 100 is the angriest">
          {report.score}/100
        </span>
      </div>
      {flagged && <p class="cr-flag">Flagged: this client needs attention.</p>}
      {report.reasons.length > 0 && (
        <ul class="cr-reasons">
          {report.reasons.slice(0, 4).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {report.signals.length > 0 && (
        <ul class="cr-signals" aria-label="Phrases that set the tone">
          {report.signals.slice(0, 8).map((s) => (
            <li key={`${s.start}-${s.category}`} data-cr="signal" data-category={s.category} title={s.why}>
              <mark>“{s.phrase}”</mark> <span class="cr-muted">{CATEGORY_LABEL[s.category]}</span>
            </li>
          ))}
        </ul>
      )}
      {report.truncated && (
        <p class="cr-muted">Long message: the first {report.analysedLength.toLocaleString()} characters were read.</p>
      )}
    </section>
  );
}
