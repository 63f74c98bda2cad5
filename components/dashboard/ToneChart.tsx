import { i18n } from '#i18n';
import type { LinkedMessage } from '../../lib/cases/types';
import type { ToneLevel } from '../../lib/tone/types';
import { LEVEL_LABEL } from '../../lib/dashboard/labels';
import { formatDay } from '../../lib/dashboard/format';

interface Props {
  /** Oldest first. */
  messages: LinkedMessage[];
}

const LEVELS: ToneLevel[] = ['calm', 'concerned', 'upset', 'escalation'];
const WIDTH = 320;
const HEIGHT = 96;
const PAD = 12;

/** The client's tone per linked message, oldest left: is the rescue working? Built from elements, never markup strings. */
export function ToneChart({ messages }: Props) {
  const rated = messages.filter((m): m is LinkedMessage & { level: ToneLevel } => m.level !== null);
  if (rated.length === 0) {
    return (
      <section class="cr-card" aria-labelledby="tone-heading">
        <h2 id="tone-heading">{i18n.t('dashboard.tone.heading')}</h2>
        <p class="cr-muted">{i18n.t('dashboard.tone.empty')}</p>
      </section>
    );
  }
  const x = (i: number) => (rated.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (rated.length - 1));
  const y = (level: ToneLevel) => HEIGHT - PAD - (LEVELS.indexOf(level) * (HEIGHT - 2 * PAD)) / (LEVELS.length - 1);
  const points = rated.map((m, i) => `${x(i)},${y(m.level)}`).join(' ');
  const latest = rated[rated.length - 1];
  const summary = i18n.t('dashboard.tone.summary', rated.length, [rated.length, LEVEL_LABEL[latest.level].toLowerCase()]);

  return (
    <section class="cr-card" aria-labelledby="tone-heading">
      <h2 id="tone-heading">{i18n.t('dashboard.tone.heading')}</h2>
      <svg class="cr-tone-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={i18n.t('dashboard.tone.chartLabel', [summary])}>
        {LEVELS.map((level) => (
          <line key={level} x1={0} x2={WIDTH} y1={y(level)} y2={y(level)} class="cr-tone-grid" />
        ))}
        <polyline points={points} class="cr-tone-line" fill="none" />
        {rated.map((m, i) => (
          <circle key={m.id} cx={x(i)} cy={y(m.level)} r={4} class={`cr-tone-dot cr-tone-${m.level}`}>
            <title>{`${m.subject} · ${formatDay(m.sentAt ?? m.createdAt)} · ${LEVEL_LABEL[m.level]}`}</title>
          </circle>
        ))}
      </svg>
      <p class="cr-muted">{i18n.t('dashboard.tone.legend', [summary])}</p>
    </section>
  );
}
