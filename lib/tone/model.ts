/**
 * The hybrid model, trained offline by scripts/train-tone.ts (see README.md): a linear model over
 * the general features (model.json) plus a bounded sum of word and bigram weights (ngrams.json).
 * `cut` is the log-odds at which false alarms on ordinary text stay within the target, so that
 * score 50 — the product's default threshold — sits exactly on it.
 */
import { FEATURE_NAMES, type FeatureName } from './features';
import model from './model.json';
import { bounded, type Term } from './ngrams';
import words from './ngrams.json';

export interface ToneModel {
  weights: Record<FeatureName, number>;
  bias: number;
  cut: number;
}

export interface WordModel {
  /** |word contribution| never exceeds this many log-odds. */
  bound: number;
  weights: Record<string, number>;
}

export const MODEL: ToneModel = model as ToneModel;
export const WORDS: WordModel = words as WordModel;

const ORDERED = FEATURE_NAMES.map((n) => MODEL.weights[n] ?? 0);
const WORD_WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(WORDS.weights));

/** False while ngrams.json is empty (the default model: see README, "Word component"). */
export const HAS_WORDS = WORD_WEIGHTS.size > 0;

/** The words' bounded log-odds for a message's distinct terms. */
export function wordLogit(terms: readonly Term[]): number {
  let sum = 0;
  for (const t of terms) sum += WORD_WEIGHTS.get(t.term) ?? 0;
  return bounded(sum, WORDS.bound);
}

/** Log-odds of "unhappy" for a feature vector in FEATURE_NAMES order, plus the words' part. */
export function logit(vector: readonly number[], words = 0): number {
  let z = MODEL.bias + words;
  for (let i = 0; i < ORDERED.length; i++) z += ORDERED[i] * vector[i];
  return z;
}

/** 0–100, with 50 at the calibrated cut. */
export function toScore(z: number): number {
  return Math.round(100 / (1 + Math.exp(-(z - MODEL.cut))));
}

export function weightOf(name: FeatureName): number {
  return MODEL.weights[name] ?? 0;
}
