/**
 * Off-the-shelf sentiment baselines, as "unhappiness" scores (higher = more negative), and their
 * out-of-the-box flag (score below zero). Dev-only packages, loaded with require because they
 * ship no types.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Scorer = (text: string) => number;

const Sentiment = require('sentiment') as new () => { analyze(t: string): { comparative: number } };
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
const wink = require('wink-sentiment') as (t: string) => { normalizedScore: number };

const afinn = new Sentiment();

export const BASELINES: Readonly<Record<string, Scorer>> = {
  'AFINN (sentiment)': (t) => -afinn.analyze(t).comparative,
  VADER: (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  'wink-sentiment': (t) => -wink(t).normalizedScore,
};

/** The baselines' own natural decision: negative sentiment means flagged. */
export const BASELINE_FLAG_ABOVE = 0;
