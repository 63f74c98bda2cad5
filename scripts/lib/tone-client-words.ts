/**
 * A word/bigram component trained on OUR client-mail sets (b2b.jsonl, b2b-blind*.jsonl), judged by
 * leave-one-SET-out: fit on every set but one, score the one left out. The public sets taught us that
 * words learn their training sets' topics (README, "Word component"); our sets are all client mail,
 * so the question here is whether the wording of understated complaints ("still shows", "without the
 * agreed change", "not updated") carries from one set to the next one written blind.
 *
 * Nothing here is shipped: `scripts/train-tone-words.ts` runs it (lib/tone/README.md, "Client-mail words").
 */
import { clientTerms, emailShape, termSign, TERM_CONFIG, wordContribution, type ClientWordModel, type TermConfig } from '../../lib/tone/client-words';
import { flagMargin, measure } from '../../lib/tone/measure';
import { logit } from '../../lib/tone/model';
import type { DataSet } from './tone-data';
import { flagMetrics, rocAuc } from './tone-metrics';

export interface MailRow {
  id: string;
  set: string;
  y: 0 | 1;
  /** The shipped analyser's log-odds without the words, relative to the default flag: ≥ 0 is flagged (score ≥ 50). */
  z0: number;
  /** Distinct terms of the body (quotes and signature blanked). */
  terms: string[];
  /** Shaped like an email (lib/tone/client-words.ts `emailShape`): the shipped component reads only these. */
  email: boolean;
}

export { clientTerms, lemma, termSign, TERM_CONFIG, type TermConfig } from '../../lib/tone/client-words';

const THREAT_FLOOR_Z = Math.log(0.6 / 0.4);

export function rowsOf(set: DataSet, c: TermConfig = TERM_CONFIG): MailRow[] {
  const name = set.name.replace(/ \(ours\)$/, '');
  return set.items.flatMap((it) => {
    const m = measure(it.text, it.subject);
    if (m.status !== 'ok' || m.score === null) return [];
    const email = emailShape(m.text) !== null;
    // The analyser without the word component (measure() adds it to m.score), in the model that scored it.
    let z0 = logit(m.features, m.model) - m.model.cut - flagMargin(email);
    // The threat floor (measure.ts) lifts a score to 60; keep that in the log-odds too.
    if (m.threatened) z0 = Math.max(z0, THREAT_FLOOR_Z);
    return [{ id: it.id, set: name, y: it.label === 'unhappy' ? 1 : 0, z0, terms: clientTerms(m.masked, c), email } as MailRow];
  });
}

export interface WordOptions {
  /** A term must occur in at least this many training SETS (so one set's topics and names drop out). */
  minSets: number;
  /** ...and in at least this many training messages. */
  minDf: number;
  l2: number;
  /** 'words': a words-only logistic regression; 'residual': fitted on top of z0 (z0 held fixed). */
  mode: 'words' | 'residual';
  /** Combined = z0 + alpha·clip(word logit) in 'words' mode. */
  alpha: number;
  /** |word contribution| ≤ bound (tanh). */
  bound: number;
  /** Only terms with a positive weight are kept (a reason can then always be shown for the points added). */
  positiveOnly: boolean;
  /** Terms never used (artefacts a user could not be shown as a reason). */
  exclude?: ReadonlySet<string>;
  /**
   * 'explainable': only terms a user could be shown as a reason, each with one allowed direction
   * (`termSign`); 'all': every term, either direction.
   */
  vocab: 'all' | 'explainable';
  steps: number;
  /** Only email-shaped rows get the word part (as shipped); training still reads every row. */
  gate?: boolean;
}

/** What ships (lib/tone/client-words.json): explainable terms, α 0.5, added only to email-shaped messages. */
export const SHIPPED: WordOptions = { minSets: 3, minDf: 3, l2: 0.003, mode: 'words', alpha: 0.5, bound: 2, positiveOnly: false, steps: 400, vocab: 'explainable', gate: true };

export interface WordModel {
  bias: number;
  terms: Map<string, number>;
  o: WordOptions;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function vocabulary(rows: readonly MailRow[], o: WordOptions): string[] {
  const sets = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const r of rows)
    for (const t of r.terms) {
      df.set(t, (df.get(t) ?? 0) + 1);
      let s = sets.get(t);
      if (!s) sets.set(t, (s = new Set()));
      s.add(r.set);
    }
  return [...df.keys()]
    .filter((t) => df.get(t)! >= o.minDf && sets.get(t)!.size >= o.minSets && !o.exclude?.has(t) && (o.vocab === 'all' || termSign(t) !== 0))
    .sort();
}

/** Each set weighs the same, and within a set both classes weigh the same. */
function rowWeights(rows: readonly MailRow[]): number[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  const count = new Map<string, number>();
  for (const r of rows) count.set(`${r.set}|${r.y}`, (count.get(`${r.set}|${r.y}`) ?? 0) + 1);
  return rows.map((r) => 1 / (2 * count.get(`${r.set}|${r.y}`)! * sets.length));
}

export function fitWords(rows: readonly MailRow[], o: WordOptions): WordModel {
  const vocab = vocabulary(rows, o);
  const index = new Map(vocab.map((t, i) => [t, i]));
  const rowTerms = rows.map((r) => r.terms.map((t) => index.get(t)).filter((i): i is number => i !== undefined));
  const signs = vocab.map(termSign);
  const w = rowWeights(rows);
  const p = new Float64Array(vocab.length);
  let bias = 0;
  const m1 = new Float64Array(vocab.length + 1);
  const m2 = new Float64Array(vocab.length + 1);
  const grad = new Float64Array(vocab.length + 1);
  for (let step = 1; step <= o.steps; step++) {
    grad.fill(0);
    rows.forEach((r, k) => {
      let s = 0;
      for (const j of rowTerms[k]) s += p[j];
      const z = (o.mode === 'residual' ? r.z0 : 0) + bias + s;
      const err = (sigmoid(z) - r.y) * w[k];
      grad[vocab.length] += err;
      for (const j of rowTerms[k]) grad[j] += err;
    });
    for (let j = 0; j < vocab.length; j++) grad[j] += 2 * o.l2 * p[j];
    for (let j = 0; j <= vocab.length; j++) {
      m1[j] = 0.9 * m1[j] + 0.1 * grad[j];
      m2[j] = 0.999 * m2[j] + 0.001 * grad[j] * grad[j];
      const d = (0.05 * (m1[j] / (1 - 0.9 ** step))) / (Math.sqrt(m2[j] / (1 - 0.999 ** step)) + 1e-8);
      if (j === vocab.length) bias -= d;
      else {
        p[j] -= d;
        if (o.positiveOnly && p[j] < 0) p[j] = 0;
        if (o.vocab === 'explainable' && p[j] * signs[j] < 0) p[j] = 0;
      }
    }
  }
  const terms = new Map(vocab.map((t, i) => [t, p[i]] as [string, number]).filter(([, v]) => Math.abs(v) >= 0.005));
  return { bias, terms, o };
}

/** The word model's own contribution for a row (before it is added to z0). */
export function wordPart(m: WordModel, r: MailRow): number {
  if (m.o.gate && !r.email) return 0;
  let sum = 0;
  for (const t of r.terms) sum += m.terms.get(t) ?? 0;
  // The shipped formula; a residual fit is not scaled by alpha.
  return wordContribution(sum, { bias: m.bias, alpha: m.o.mode === 'words' ? m.o.alpha : 1, bound: m.o.bound, terms: {} });
}

export interface SetFigures {
  set: string;
  n: number;
  auc0: number;
  f10: number;
  fpr0: number;
  rec0: number;
  aucWords: number;
  auc1: number;
  f11: number;
  fpr1: number;
  rec1: number;
  shift: number;
}

/** The shift that keeps pooled false alarms on ok rows within maxFpr, never lowering the flag's bar. */
function calibrate(rows: readonly MailRow[], parts: readonly number[], maxFpr: number): number {
  const ok = rows.flatMap((r, i) => (r.y === 0 ? [r.z0 + parts[i]] : [])).sort((a, b) => b - a);
  const allowed = Math.floor(ok.length * maxFpr);
  // Flag when z0 + part + shift ≥ 0: the (allowed+1)-th highest ok row must stay below 0.
  const need = -(ok[Math.min(allowed, ok.length - 1)] + 1e-6);
  return Math.min(need, 0);
}

/** Out-of-set word parts of the training rows: each training set scored by a model that never saw it. */
function innerParts(rows: readonly MailRow[], o: WordOptions): number[] {
  const parts = new Array<number>(rows.length).fill(0);
  for (const set of new Set(rows.map((r) => r.set))) {
    const m = fitWords(rows.filter((r) => r.set !== set), o);
    rows.forEach((r, i) => {
      if (r.set === set) parts[i] = wordPart(m, r);
    });
  }
  return parts;
}

/**
 * Leave-one-set-out: for each set, fit on the others, calibrate a shift on the others' out-of-set
 * parts (so the flag keeps ≤ maxFpr false alarms on mail the words never saw), score the set.
 */
export function leaveOneSetOut(rows: readonly MailRow[], o: WordOptions, maxFpr: number, calibrateShift = true): { figures: SetFigures[]; parts: Map<string, number> } {
  const figures: SetFigures[] = [];
  const partsById = new Map<string, number>();
  for (const set of [...new Set(rows.map((r) => r.set))]) {
    const train = rows.filter((r) => r.set !== set);
    const test = rows.filter((r) => r.set === set);
    const model = fitWords(train, o);
    const shift = calibrateShift ? calibrate(train, innerParts(train, o), maxFpr) : 0;
    const labels = test.map((r) => r.y === 1);
    const parts = test.map((r) => wordPart(model, r) + shift);
    test.forEach((r, i) => partsById.set(r.id, parts[i]));
    const z1 = test.map((r, i) => r.z0 + parts[i]);
    const m0 = flagMetrics(labels, test.map((r) => r.z0 >= 0));
    const m1 = flagMetrics(labels, z1.map((z) => z >= 0));
    figures.push({
      set,
      n: test.length,
      auc0: rocAuc(labels, test.map((r) => r.z0)),
      f10: m0.f1,
      fpr0: m0.fpr,
      rec0: m0.recall,
      aucWords: rocAuc(labels, parts),
      auc1: rocAuc(labels, z1),
      f11: m1.f1,
      fpr1: m1.fpr,
      rec1: m1.recall,
      shift,
    });
  }
  return { figures, parts: partsById };
}

export function formatFigures(figures: readonly SetFigures[]): string {
  const p = (v: number) => (100 * v).toFixed(1).padStart(5);
  const lines = [`${'set'.padEnd(11)}   n | current AUC   F1   FPR | words-only AUC | combined AUC   F1   FPR  shift`];
  for (const f of figures) {
    lines.push(
      `${f.set.padEnd(11)} ${String(f.n).padStart(3)} |      ${f.auc0.toFixed(3)} ${p(f.f10)} ${p(f.fpr0)} |          ${f.aucWords.toFixed(3)} |       ${f.auc1.toFixed(3)} ${p(f.f11)} ${p(f.fpr1)} ${f.shift.toFixed(2).padStart(6)}`,
    );
  }
  const mean = (k: keyof SetFigures) => figures.reduce((s, f) => s + (f[k] as number), 0) / figures.length;
  lines.push(`${'mean'.padEnd(15)} |      ${mean('auc0').toFixed(3)} ${p(mean('f10'))} ${p(mean('fpr0'))} |          ${mean('aucWords').toFixed(3)} |       ${mean('auc1').toFixed(3)} ${p(mean('f11'))} ${p(mean('fpr1'))}`);
  return lines.join('\n');
}

/** The shipped form (lib/tone/client-words.json): weights rounded, terms that round to 0 dropped. */
export function toShipped(m: WordModel): ClientWordModel {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const terms = Object.fromEntries([...m.terms].filter(([, v]) => Math.abs(r(v)) > 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, v]) => [t, r(v)]));
  return { bias: r(m.bias), alpha: m.o.alpha, bound: m.o.bound, terms };
}
