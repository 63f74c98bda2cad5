/** Scores one labelled set with our analyser and the baselines, in the same run. */
import { analyzeTone } from '../../lib/tone/index';
import { BASELINE_FLAG_ABOVE, BASELINES } from './tone-baselines';
import type { DataSet } from './tone-data';
import { flagMetrics, recallAtFpr, rocAuc, type FlagMetrics } from './tone-metrics';

export interface MethodResult extends FlagMetrics {
  method: string;
  auc: number;
  recallAt10: number;
}

export interface SetResult {
  name: string;
  size: number;
  unhappy: number;
  results: MethodResult[];
}

export const OURS = 'Client Rescue';

function summarise(method: string, labels: boolean[], scores: number[], flags: boolean[]): MethodResult {
  return { method, ...flagMetrics(labels, flags), auc: rocAuc(labels, scores), recallAt10: recallAtFpr(labels, scores, 0.1) };
}

export function evaluateSet(set: DataSet): SetResult {
  const labels = set.items.map((it) => it.label === 'unhappy');
  const reports = set.items.map((it) => analyzeTone(it.text, { subject: it.subject }));
  // too-short / unsupported messages are not flagged; they rank lowest.
  const ours = summarise(OURS, labels, reports.map((r) => r.score ?? 0), reports.map((r) => r.unhappy));
  const baselines = Object.entries(BASELINES).map(([name, fn]) => {
    const scores = set.items.map((it) => fn(it.subject ? `${it.subject}\n${it.text}` : it.text));
    return summarise(name, labels, scores, scores.map((s) => s > BASELINE_FLAG_ABOVE));
  });
  return { name: set.name, size: set.items.length, unhappy: labels.filter(Boolean).length, results: [ours, ...baselines] };
}

const pct = (v: number) => (Number.isNaN(v) ? '   n/a' : `${(100 * v).toFixed(1).padStart(5)}%`);

export function formatSet(r: SetResult): string {
  const lines = [`\n${r.name}: ${r.size} messages, ${r.unhappy} unhappy`];
  lines.push(`  ${'method'.padEnd(18)} precision  recall     F1    FPR   ROC AUC  recall@10%FPR`);
  for (const m of r.results) {
    lines.push(`  ${m.method.padEnd(18)}   ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.fpr)}    ${Number.isNaN(m.auc) ? ' n/a' : m.auc.toFixed(3)}      ${pct(m.recallAt10)}`);
  }
  return lines.join('\n');
}
