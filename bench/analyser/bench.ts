/** Analyser section: our analyser against AFINN and VADER on the same texts, interleaved run by run. */
import { analyzeTone } from '../../lib/tone/index';
import type { BenchConfig } from '../lib/config';
import type { Row } from '../lib/result';
import { median, percentile, ratio, summarise } from '../lib/stats';
import { BASELINES, type BaselineName } from './baselines';
import { EMAIL_SIZES, buildEmail, type EmailSize } from './emails';
import { measureLoad } from './load-time';

const SECTION = 'analyser';
const SUBJECT = 'Third outage this month – invoice 4471';

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function benchAnalyser(config: BenchConfig): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of Object.keys(EMAIL_SIZES) as EmailSize[]) {
    const text = buildEmail(EMAIL_SIZES[size]);
    const ours = () => analyzeTone(text, { subject: SUBJECT, sentAt: '2025-11-25T09:14:00Z' });
    // Warm-up: JIT and compromise's lazy tables, so the figures are steady-state calls.
    for (let i = 0; i < 3; i++) ours();
    for (const scorer of Object.values(BASELINES)) scorer(text);

    const samples: Record<'ours' | BaselineName, number[]> = { ours: [], 'AFINN (sentiment)': [], VADER: [] };
    // Interleaved, so a burst of load from a neighbour hits every analyser alike.
    for (let i = 0; i < config.analyserRuns[size]; i++) {
      samples.ours.push(timeOnce(ours));
      for (const name of Object.keys(BASELINES) as BaselineName[]) samples[name].push(timeOnce(() => BASELINES[name](text)));
    }
    const mine = summarise(samples.ours);
    const note = `${mine.n} interleaved runs, ${text.length} chars`;
    const names = Object.keys(BASELINES) as BaselineName[];
    names.forEach((name, i) => {
      const theirs = median(samples[name]);
      const short = name.split(' ')[0];
      rows.push({
        section: SECTION,
        metric: i === 0 ? `${size} median` : `${size} median (vs ${short})`,
        value: mine.median,
        unit: 'ms',
        baseline: { label: short, value: theirs },
        ratio: ratio(mine.median, theirs),
        target: i === 0 && size === '2 KB' ? { max: 10, on: 'value', label: '≤ 10 ms' } : undefined,
        note,
        detail: i === 0 ? { ours: mine, [name]: summarise(samples[name]) } : { [name]: summarise(samples[name]) },
      });
    });
    rows.push({
      section: SECTION,
      metric: `${size} p95`,
      value: mine.p95,
      unit: 'ms',
      baseline: { label: 'AFINN', value: percentile(samples['AFINN (sentiment)'], 95) },
      ratio: ratio(mine.p95, percentile(samples['AFINN (sentiment)'], 95)),
      note,
    });
  }

  for (const build of ['whole analyser', 'worker first answer'] as const) {
    const load = await measureLoad(build, config.loadProbes);
    const note = `${load.length} fresh node processes, bundled`;
    const metric = (what: string) => `${build}: ${what} (fresh process)`;
    rows.push({ section: SECTION, metric: metric('module load'), value: median(load.map((s) => s.importMs)), unit: 'ms', note, detail: load });
    const warmUps = load.map((s) => s.warmUpMs).filter((ms): ms is number => ms !== null);
    if (warmUps.length) rows.push({ section: SECTION, metric: metric('warm-up when a mail tab opens'), value: median(warmUps), unit: 'ms', note });
    const afterWarmUp = warmUps.length ? ', after the warm-up' : '';
    rows.push({ section: SECTION, metric: metric(`first call 2 KB${afterWarmUp}`), value: median(load.map((s) => s.firstCallMs)), unit: 'ms', note });
    rows.push({ section: SECTION, metric: metric('second call 2 KB'), value: median(load.map((s) => s.secondCallMs)), unit: 'ms', note });
    rows.push({ section: SECTION, metric: metric('then the same email as typographic text'), value: median(load.map((s) => s.firstTypographicMs)), unit: 'ms', note });
    rows.push({ section: SECTION, metric: metric('then with a euro sign (a two-byte string)'), value: median(load.map((s) => s.firstTwoByteMs)), unit: 'ms', note });
  }
  return rows;
}
