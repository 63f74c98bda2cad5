/**
 * A word/bigram component trained on OUR client-mail sets (b2b.jsonl, b2b-blind*.jsonl), judged by
 * leave-one-SET-out: fit on every set but one, score the one left out. The public sets taught us that
 * words learn their training sets' topics (README, "Word component"); our sets are all client mail,
 * so the question here is whether the wording of understated complaints ("still shows", "without the
 * agreed change", "not updated") carries from one set to the next one written blind.
 *
 * Nothing here is shipped: `scripts/train-tone-words.ts` runs it (lib/tone/README.md, "Client-mail words").
 */
import { measure } from '../../lib/tone/measure';
import { logit, MODEL } from '../../lib/tone/model';
import type { DataSet } from './tone-data';
import { flagMetrics, rocAuc } from './tone-metrics';

export interface MailRow {
  id: string;
  set: string;
  y: 0 | 1;
  /** The shipped analyser's log-odds relative to its cut: ≥ 0 is flagged (score ≥ 50). */
  z0: number;
  /** Distinct terms of the body (quotes and signature blanked). */
  terms: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\u2014\u2013"]/;
const DIGIT = /\p{N}/u;
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'nor', 'without']);
const NEGATION_SCOPE = 3;

/**
 * A light lemma, enough to make "updated/updating/updates" one term; no dictionary, so it can run
 * in the worker. Short words are left alone ("is", "was", "has").
 */
export function lemma(w: string): string {
  let s = w.replace(/'s$/, '');
  if (s.endsWith("n't")) return s;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

export interface TermConfig {
  bigrams: boolean;
  negation: boolean;
  /** Capitalised words not at a sentence start are names (people, firms, places): dropped. */
  dropNames: boolean;
}

export const TERM_CONFIG: TermConfig = { bigrams: true, negation: true, dropNames: true };

export function clientTerms(masked: string, c: TermConfig = TERM_CONFIG): string[] {
  const out = new Set<string>();
  let prev: string | null = null;
  let prevEnd = 0;
  let negated = 0;
  let sentenceStart = true;
  for (const m of masked.matchAll(WORD)) {
    const gap = masked.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    if (CLAUSE_BREAK.test(gap)) {
      prev = null;
      negated = 0;
    }
    if (/[.!?\n]/.test(gap)) sentenceStart = true;
    const raw = m[0];
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (DIGIT.test(raw) || (c.dropNames && !wasStart && /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^I'/.test(raw))) {
      prev = null;
      continue;
    }
    const w = raw.toLowerCase().replace(/’/g, "'");
    const l = lemma(w);
    out.add(c.negation && negated > 0 ? `not_${l}` : l);
    if (c.bigrams && prev) out.add(`${prev} ${l}`);
    negated = NEGATORS.has(w) || w.endsWith("n't") ? NEGATION_SCOPE : Math.max(negated - 1, 0);
    prev = l;
  }
  return [...out];
}

/**
 * The grammar of an understated complaint, in any trade: persistence and repetition, absence and
 * negation, what was agreed or asked, a deviation from it, time elapsed, a request for an account,
 * and the client's cost. A term with one of these words may raise the score, and is shown as the
 * reason when it does ("still shows", "without the agreed", "nobody").
 */
const COMPLAINT_WORDS = (
  'still again yet already twice third fourth repeatedly another same every each keep kept ' +
  "not no never nobody nothing none without cannot unable missing any anyone anything n't " +
  'agreed ask asked requested request brief quote quoted spec specified instruction instructions supposed expected expect ' +
  'told said promised confirmed signed written writing clearly specifically order list booked booking contract scope covered included ' +
  'wrong different instead old incorrect mistake error errors swapped late behind delay delayed reverted left match ' +
  'half only unusable redo reshoot corrected correct amend fix fixed ' +
  'days weeks months hours since after now until ' +
  'who why how happened explain understand owns owner responsible ' +
  'paid pay fee fees charged billed cost spent spending wasted time'
)
  .split(' ')
  .map(lemma);
/**
 * What an ordinary client email says and a complaint rarely does: the sender's own apology, thanks,
 * praise, no hurry. A term with one of these may only lower the score.
 */
const CALM_WORDS = 'sorry apologies apologise thanks thank great brilliant loved love lovely happy enjoyed rush hurry worry fine small quick fault'
  .split(' ')
  .map(lemma);
const COMPLAINT = new Set(COMPLAINT_WORDS);
const CALM = new Set(CALM_WORDS);

/** +1: may only raise the score; −1: may only lower it; 0: never a term (not explainable, or both). */
export function termSign(term: string): number {
  const negated = term.startsWith('not_');
  const words = (negated ? term.slice(4) : term).split(' ');
  const calm = words.some((w) => CALM.has(w));
  const complaint = negated || words.some((w) => COMPLAINT.has(w) || w.endsWith("n't"));
  if (calm && complaint) return 0;
  return calm ? -1 : complaint ? 1 : 0;
}

const THREAT_FLOOR_Z = Math.log(0.6 / 0.4);

export function rowsOf(set: DataSet, c: TermConfig = TERM_CONFIG): MailRow[] {
  const name = set.name.replace(/ \(ours\)$/, '');
  return set.items.flatMap((it) => {
    const m = measure(it.text, it.subject);
    if (m.status !== 'ok' || m.score === null) return [];
    let z0 = logit(m.features) - MODEL.cut;
    // The threat floor (measure.ts) lifts a score to 60; keep that in the log-odds too.
    if (m.score >= 60 && Math.round(100 / (1 + Math.exp(-z0))) < 60) z0 = Math.max(z0, THREAT_FLOOR_Z);
    return [{ id: it.id, set: name, y: it.label === 'unhappy' ? 1 : 0, z0, terms: clientTerms(m.masked, c) } as MailRow];
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
}

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
  let s = m.bias;
  for (const t of r.terms) s += m.terms.get(t) ?? 0;
  const scaled = m.o.mode === 'words' ? m.o.alpha * s : s;
  return m.o.bound * Math.tanh(scaled / m.o.bound);
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
