/**
 * The linear model: weights for the general features, trained offline by scripts/train-tone.ts
 * (see README.md). `cut` is the log-odds at which false alarms on ordinary text stay within the
 * target, so that score 50 — the product's default threshold — sits exactly on it.
 */
import { FEATURE_NAMES, type FeatureName } from './features';
import model from './model.json';

export interface ToneModel {
  weights: Record<FeatureName, number>;
  bias: number;
  cut: number;
}

export const MODEL: ToneModel = model as ToneModel;

const ORDERED = FEATURE_NAMES.map((n) => MODEL.weights[n] ?? 0);

/** Log-odds of "unhappy" for a feature vector in FEATURE_NAMES order. */
export function logit(vector: readonly number[]): number {
  let z = MODEL.bias;
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
