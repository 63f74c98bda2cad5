/**
 * Fitting the hybrid model: a logistic regression over the general features (anchored to the
 * hand-set priors) plus a bounded sum of word/bigram weights, and the tools to judge it honestly
 * (vocabulary chosen on training rows only, cut calibrated on out-of-fold scores).
 */
import { NEGATORS, VALENCE } from '../../lib/tone/lexicon-words';
import { bounded } from './tone-terms';
import { cutForFpr } from './tone-metrics';

export interface Example {
  id: string;
  set: string;
  y: 0 | 1;
  /** General features, FEATURE_NAMES order. */
  x: number[];
  /** Distinct terms of the message. */
  terms: string[];
}

export interface VocabOptions {
  /** A term must occur in at least this many messages of a set to count as present there. */
  minDf: number;
  /** ...and be present in at least this many training sets. */
  minSets: number;
  /** Its smoothed log-odds must have the same sign in every set where it is present. */
  sameSign: boolean;
  /** Only terms with a word of feeling (valence lexicon), a negation or a word of persistence ("still"). */
  affectOnly?: boolean;
}

/** Words that carry complaint meaning in any domain although no sentiment lexicon lists them. */
const PERSISTENCE = new Set('still again yet why even already anymore ever since waiting wait'.split(' '));

/**
 * Never terms: forms of address and politeness (style: tweets to banks are formal, Reddit is not;
 * client mail is polite whether happy or not) and names that the sentiment lexicon happens to list.
 */
const STYLE_AND_NAMES = new Set('dear kindly please pls plz sir madam hi hello thanks thank regards team amazon'.split(' '));

function isAffective(word: string): boolean {
  return VALENCE.has(word) || NEGATORS.has(word) || PERSISTENCE.has(word) || word.endsWith("n't");
}

/** A term about feeling or failure rather than topic: "worst", "not received", "still", not "the product". */
export function isAffectTerm(term: string): boolean {
  const words = term.startsWith('not_') ? [term.slice(4)] : term.split(' ');
  return words.some(isAffective) && !words.some((w) => STYLE_AND_NAMES.has(w));
}

export interface FitOptions {
  priors: number[];
  priorBias: number;
  /** Per-feature pull toward the prior. */
  strength: number[];
  /** L2 on term weights. */
  l2: number;
  /** |word contribution| ≤ bound (tanh); Infinity for a plain sum. */
  bound: number;
  /**
   * 'joint': general and term weights fitted together; 'residual': general first, terms on top;
   * 'invariant': general first, then terms fitted on top for each set alone, and a term keeps the
   * smallest of its per-set weights, only when it has one sign in every set where it occurs.
   */
  mode: 'joint' | 'residual' | 'invariant';
  steps: number;
  /** Term weights smaller than this are dropped after fitting; then at most maxTerms kept. */
  prune: number;
  maxTerms: number;
  vocab: VocabOptions | null;
}

export interface Fitted {
  weights: number[];
  bias: number;
  terms: Map<string, number>;
  bound: number;
}

const LEARNING_RATE = 0.05;
const BETA1 = 0.9;
const BETA2 = 0.999;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Terms present (minDf) in ≥ minSets sets, optionally with one sign of effect everywhere. */
export function chooseVocabulary(rows: readonly Example[], v: VocabOptions): string[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  const stats = new Map<string, { pos: number[]; neg: number[] }>();
  const totals = sets.map(() => ({ pos: 0, neg: 0 }));
  for (const r of rows) {
    const s = sets.indexOf(r.set);
    if (r.y) totals[s].pos++;
    else totals[s].neg++;
    for (const t of r.terms) {
      let st = stats.get(t);
      if (!st) stats.set(t, (st = { pos: sets.map(() => 0), neg: sets.map(() => 0) }));
      if (r.y) st.pos[s]++;
      else st.neg[s]++;
    }
  }
  const chosen: string[] = [];
  for (const [t, st] of stats) {
    const present = sets.map((_, s) => s).filter((s) => st.pos[s] + st.neg[s] >= v.minDf);
    if (present.length < Math.min(v.minSets, sets.length)) continue;
    if (v.affectOnly && !isAffectTerm(t)) continue;
    if (v.sameSign) {
      const signs = present.map((s) => Math.sign(Math.log((st.pos[s] + 0.5) / (totals[s].pos + 1)) - Math.log((st.neg[s] + 0.5) / (totals[s].neg + 1))));
      if (!signs.every((x) => x === signs[0])) continue;
    }
    chosen.push(t);
  }
  return chosen.sort();
}

function presentTerms(rows: readonly Example[], minDf: number): Set<string> {
  const df = new Map<string, number>();
  for (const r of rows) for (const t of r.terms) df.set(t, (df.get(t) ?? 0) + 1);
  return new Set([...df].filter(([, c]) => c >= minDf).map(([t]) => t));
}

/** Per-row weights: each set weighs the same, and within a set both classes weigh the same. */
function rowWeights(rows: readonly Example[]): number[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  const count = new Map<string, number>();
  for (const r of rows) count.set(`${r.set}|${r.y}`, (count.get(`${r.set}|${r.y}`) ?? 0) + 1);
  return rows.map((r) => 1 / (2 * count.get(`${r.set}|${r.y}`)! * sets.length));
}

interface Adam {
  m1: Float64Array;
  m2: Float64Array;
}

function adamStep(params: Float64Array, grad: Float64Array, a: Adam, step: number, frozen = 0): void {
  for (let i = frozen; i < params.length; i++) {
    a.m1[i] = BETA1 * a.m1[i] + (1 - BETA1) * grad[i];
    a.m2[i] = BETA2 * a.m2[i] + (1 - BETA2) * grad[i] * grad[i];
    params[i] -= (LEARNING_RATE * (a.m1[i] / (1 - BETA1 ** step))) / (Math.sqrt(a.m2[i] / (1 - BETA2 ** step)) + 1e-8);
  }
}

/**
 * One full-batch Adam fit. Parameter layout: [dense weights…, bias, term weights…]. With
 * `fitDense` false the dense weights and bias are held (residual mode's second stage fits only
 * a bias shift and the terms).
 */
function fitParams(rows: readonly Example[], vocab: readonly string[], o: FitOptions, start: Float64Array, fitDense: boolean, useTerms: boolean): Float64Array {
  const n = o.priors.length;
  const index = new Map(vocab.map((t, i) => [t, n + 1 + i]));
  const rowTerms = rows.map((r) => (useTerms ? r.terms.map((t) => index.get(t)).filter((i): i is number => i !== undefined) : []));
  const w = rowWeights(rows);
  const p = Float64Array.from(start);
  const adam: Adam = { m1: new Float64Array(p.length), m2: new Float64Array(p.length) };
  const grad = new Float64Array(p.length);
  const bias0 = p[n];
  for (let step = 1; step <= o.steps; step++) {
    grad.fill(0);
    rows.forEach((r, k) => {
      let z = p[n];
      for (let i = 0; i < n; i++) z += p[i] * r.x[i];
      let s = 0;
      for (const j of rowTerms[k]) s += p[j];
      const b = Number.isFinite(o.bound) ? bounded(s, o.bound) : s;
      const err = (sigmoid(z + b) - r.y) * w[k];
      if (fitDense) for (let i = 0; i < n; i++) grad[i] += err * r.x[i];
      grad[n] += err;
      if (rowTerms[k].length) {
        const ds = Number.isFinite(o.bound) ? 1 - Math.tanh(s / o.bound) ** 2 : 1;
        for (const j of rowTerms[k]) grad[j] += err * ds;
      }
    });
    if (fitDense) for (let i = 0; i < n; i++) grad[i] += 2 * o.strength[i] * (p[i] - o.priors[i]);
    else grad[n] += 2 * 0.01 * (p[n] - bias0);
    for (let j = n + 1; j < p.length; j++) grad[j] += 2 * o.l2 * p[j];
    adamStep(p, grad, adam, step, fitDense ? 0 : n);
  }
  return p;
}

export function fit(rows: readonly Example[], o: FitOptions): Fitted {
  const n = o.priors.length;
  const vocab = o.vocab ? chooseVocabulary(rows, o.vocab) : [];
  const start = new Float64Array(n + 1 + vocab.length);
  o.priors.forEach((v, i) => (start[i] = v));
  start[n] = o.priorBias;
  let p: Float64Array;
  if (o.mode === 'invariant' && vocab.length) {
    p = fitParams(rows, vocab, o, start, true, false);
    const sets = [...new Set(rows.map((r) => r.set))];
    const present = sets.map((s) => presentTerms(rows.filter((r) => r.set === s), o.vocab!.minDf));
    const perSet = sets.map((s) => fitParams(rows.filter((r) => r.set === s), vocab, o, p, false, true));
    vocab.forEach((t, i) => {
      const ws = perSet.filter((_, k) => present[k].has(t)).map((q) => q[n + 1 + i]);
      const same = ws.length >= Math.min(o.vocab!.minSets, sets.length) && ws.every((v) => Math.sign(v) === Math.sign(ws[0]));
      p[n + 1 + i] = same ? Math.sign(ws[0]) * Math.min(...ws.map(Math.abs)) : 0;
    });
  } else if (o.mode !== 'joint' || vocab.length === 0) {
    p = fitParams(rows, vocab, o, start, true, false);
    if (vocab.length) p = fitParams(rows, vocab, o, p, false, true);
  } else p = fitParams(rows, vocab, o, start, true, true);
  const kept = vocab.map((t, i) => [t, p[n + 1 + i]] as [string, number]).filter(([, v]) => Math.abs(v) >= o.prune);
  kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { weights: [...p.slice(0, n)], bias: p[n], terms: new Map(kept.slice(0, o.maxTerms)), bound: o.bound };
}

export function termSum(f: Fitted, terms: readonly string[]): number {
  let s = 0;
  for (const t of terms) s += f.terms.get(t) ?? 0;
  return s;
}

export function logitOf(f: Fitted, r: Example): number {
  const s = termSum(f, r.terms);
  return r.x.reduce((z, v, i) => z + v * f.weights[i], f.bias) + (Number.isFinite(f.bound) ? bounded(s, f.bound) : s);
}

/** Fold 0..k-1 of a row, by a stable hash of its id (same folds in every run). */
export function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % k;
}

/** Out-of-fold logits: each row scored by a model fitted without its fold. */
export function outOfFold(rows: readonly Example[], o: FitOptions, k: number): number[] {
  const out = new Array<number>(rows.length);
  for (let f = 0; f < k; f++) {
    const model = fit(rows.filter((r) => foldOf(r.id, k) !== f), o);
    rows.forEach((r, i) => {
      if (foldOf(r.id, k) === f) out[i] = logitOf(model, r);
    });
  }
  return out;
}

/** The strictest of the per-set cuts keeping false alarms on each set's ok rows within maxFpr. */
export function strictestCut(rows: readonly Example[], logits: readonly number[], maxFpr: number): number {
  const sets = [...new Set(rows.map((r) => r.set))];
  return Math.max(...sets.map((s) => cutForFpr(rows.flatMap((r, i) => (r.set === s && r.y === 0 ? [logits[i]] : [])), maxFpr)));
}
