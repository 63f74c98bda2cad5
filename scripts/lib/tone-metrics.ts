/** Classification metrics for a binary flag and a continuous score (higher = more unhappy). */

export interface FlagMetrics {
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function flagMetrics(labels: readonly boolean[], flags: readonly boolean[]): FlagMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((y, i) => {
    if (flags[i] && y) tp++;
    else if (flags[i]) fp++;
    else if (y) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, fpr: fp + tn === 0 ? 0 : fp / (fp + tn) };
}

/** ROC AUC via the rank-sum (Mann–Whitney) statistic; ties count half. */
export function rocAuc(labels: readonly boolean[], scores: readonly number[]): number {
  const idx = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && idx[j].s === idx[i].s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (idx[k].y) {
      rankSumPos += avgRank;
      pos++;
    }
    i = j;
  }
  const neg = idx.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Best recall reachable with a cut-off whose false-positive rate stays at or below `maxFpr`
 * (cut-offs only between distinct scores, so ties cannot sneak in extra positives).
 */
export function recallAtFpr(labels: readonly boolean[], scores: readonly number[], maxFpr: number): number {
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  const idx = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => b.s - a.s);
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && idx[j].s === idx[i].s) {
      if (idx[j].y) tp++;
      else fp++;
      j++;
    }
    if (fp / neg <= maxFpr) best = tp / pos;
    else break;
    i = j;
  }
  return best;
}

/** The score at or above which at most `maxFpr` of the negatives fall. */
export function cutForFpr(negativeScores: readonly number[], maxFpr: number): number {
  const sorted = [...negativeScores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * maxFpr);
  // Flag strictly above the (allowed+1)-th highest negative.
  return sorted[Math.min(allowed, sorted.length - 1)] + 1e-9;
}
