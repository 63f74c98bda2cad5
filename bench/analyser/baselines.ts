/**
 * The off-the-shelf analysers the issue compares against, run on the same texts in the same
 * process. Dev-only packages without types, so they are loaded with require and typed here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const Sentiment = require('sentiment') as new () => { analyze(text: string): { comparative: number } };
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const afinn = new Sentiment();

export const BASELINES = {
  'AFINN (sentiment)': (text: string) => afinn.analyze(text).comparative,
  VADER: (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
} as const;

export type BaselineName = keyof typeof BASELINES;
