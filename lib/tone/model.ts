/**
 * The linear models: weights for the general features, trained offline by scripts/train-tone.ts
 * (see README.md). `cut` is the log-odds at which false alarms on ordinary text stay within the
 * target, so that score 50 — the product's default threshold — sits exactly on it.
 *
 * Two models over the same features: MODEL, fitted on the public sets, scores posts, reviews and
 * anything not shaped like an email; EMAIL_MODEL, fitted on those and our client mail developed on,
 * scores email (measure.ts decides). Client mail carries its complaints in factual cues more than in
 * negative words, which the public sets cannot teach (README.md, "An email model").
 */
import { FEATURE_NAMES, type FeatureName } from './features';
import general from './model.json';
import email from './model-email.json';

export interface ToneModel {
  weights: Record<FeatureName, number>;
  bias: number;
  cut: number;
}

export const MODEL: ToneModel = general as ToneModel;
export const EMAIL_MODEL: ToneModel = email as ToneModel;

/** The model that scores a message: the email model for email-shaped ones. */
export function modelFor(isEmail: boolean): ToneModel {
  return isEmail ? EMAIL_MODEL : MODEL;
}

/** Each model's weights in FEATURE_NAMES order, listed once: logit runs for every message. */
const ordered = new WeakMap<ToneModel, number[]>();

function orderedWeights(model: ToneModel): number[] {
  let w = ordered.get(model);
  if (!w) ordered.set(model, (w = FEATURE_NAMES.map((n) => model.weights[n] ?? 0)));
  return w;
}

/** Log-odds of "unhappy" for a feature vector in FEATURE_NAMES order. */
export function logit(vector: readonly number[], model: ToneModel = MODEL): number {
  const w = orderedWeights(model);
  let z = model.bias;
  for (let i = 0; i < w.length; i++) z += w[i] * vector[i];
  return z;
}

/** 0–100, with 50 at the model's calibrated cut. */
export function toScore(z: number, model: ToneModel = MODEL): number {
  return Math.round(100 / (1 + Math.exp(-(z - model.cut))));
}

export function weightOf(name: FeatureName, model: ToneModel = MODEL): number {
  return model.weights[name] ?? 0;
}
