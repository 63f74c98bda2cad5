/**
 * Honest estimates for a fit configuration, on the TUNE part only:
 * - k-fold CV across all sets (each row scored by a model that never saw it), and
 * - leave-one-domain-out (fit on two sets, score the third: a domain the model has never seen,
 *   which is what client email is).
 * In both, the cut is calibrated on out-of-fold scores of the TRAINING rows only, then applied
 * to the scored rows, so the reported false-alarm rate is what the shipped rule does on new text.
 */
import { measure } from '../../lib/tone/measure';
import { distinctTerms, termsOf } from './tone-terms';
import type { DataSet } from './tone-data';
import { fit, foldOf, logitOf, outOfFold, strictestCut, type Example, type FitOptions } from './tone-fit';
import { flagMetrics, recallAtFpr, rocAuc } from './tone-metrics';

export interface SetScore {
  set: string;
  auc: number;
  fpr: number;
  recall: number;
  f1: number;
  recallAt10: number;
}

const INNER_FOLDS = 3;

export function examplesOf(set: DataSet, name = set.name): Example[] {
  const rows: Example[] = [];
  for (const it of set.items) {
    const m = measure(it.text, it.subject);
    if (m.status !== 'ok') continue;
    rows.push({ id: it.id, set: name, y: it.label === 'unhappy' ? 1 : 0, x: m.features, terms: distinctTerms(termsOf(m.masked)).map((t) => t.term) });
  }
  return rows;
}

/** Fit on `train`, calibrate the cut on its out-of-fold logits, score `test`. */
export function fitAndScore(train: readonly Example[], test: readonly Example[], o: FitOptions, maxFpr: number): { logits: number[]; cut: number } {
  const model = fit(train, o);
  const cut = strictestCut(train, outOfFold(train, o, INNER_FOLDS), maxFpr);
  return { logits: test.map((r) => logitOf(model, r)), cut };
}

function scoreSets(rows: readonly Example[], logits: readonly number[], flags: readonly boolean[]): SetScore[] {
  return [...new Set(rows.map((r) => r.set))].map((set) => {
    const idx = rows.map((r, i) => (r.set === set ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => rows[i].y === 1);
    const scores = idx.map((i) => logits[i]);
    const m = flagMetrics(labels, idx.map((i) => flags[i]));
    return { set, auc: rocAuc(labels, scores), fpr: m.fpr, recall: m.recall, f1: m.f1, recallAt10: recallAtFpr(labels, scores, 0.1) };
  });
}

export function kFold(rows: readonly Example[], o: FitOptions, k: number, maxFpr: number): SetScore[] {
  const logits = new Array<number>(rows.length);
  const flags = new Array<boolean>(rows.length);
  for (let f = 0; f < k; f++) {
    const test = rows.filter((r) => foldOf(r.id, k) === f);
    const { logits: z, cut } = fitAndScore(rows.filter((r) => foldOf(r.id, k) !== f), test, o, maxFpr);
    let j = 0;
    rows.forEach((r, i) => {
      if (foldOf(r.id, k) !== f) return;
      logits[i] = z[j];
      flags[i] = z[j++] > cut;
    });
  }
  return scoreSets(rows, logits, flags);
}

export function leaveOneDomainOut(rows: readonly Example[], o: FitOptions, maxFpr: number): SetScore[] {
  return [...new Set(rows.map((r) => r.set))].flatMap((set) => {
    const test = rows.filter((r) => r.set === set);
    const { logits, cut } = fitAndScore(rows.filter((r) => r.set !== set), test, o, maxFpr);
    return scoreSets(test, logits, logits.map((z) => z > cut));
  });
}

export function formatScores(label: string, scores: readonly SetScore[]): string {
  const f = (v: number) => (100 * v).toFixed(1).padStart(5);
  return `${label.padEnd(10)} ${scores.map((s) => `${s.set.split(' ')[0].slice(0, 5)} AUC ${s.auc.toFixed(3)} F1 ${f(s.f1)} FPR ${f(s.fpr)} R@10 ${f(s.recallAt10)}`).join(' | ')}`;
}
