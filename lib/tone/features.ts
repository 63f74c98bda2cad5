/**
 * The model's inputs: a short vector of GENERAL complaint features (cue categories, lexicon
 * evidence, a few structural counts). No words or n-grams: a model over words learns the topics
 * of its training set (banks, product reviews) and fails on client email.
 */
import type { CueHit } from './cues';
import type { LexiconEvidence } from './lexicon';
import type { Token } from './text-units';
import type { SignalCategory, ToneAsk } from './types';

export const SIGNAL_CATEGORIES: readonly SignalCategory[] = [
  'broken-promise', 'repeat-failure', 'frustration', 'urgency', 'churn-threat', 'legal-threat',
  'escalation-request', 'blame', 'sarcasm', 'polite-anger', 'shouting',
];

export const FEATURE_NAMES = [
  ...SIGNAL_CATEGORIES,
  'problem', 'calm', 'resolved', 'demand',
  'lex-negative', 'lex-positive', 'question', 'second-person', 'negation', 'length',
  'service-failure', 'elapsed', 'hostility', 'profanity', 'exasperated-question', 'why-question', 'disappointment',
  'sorrow', 'failure-and-request', 'lex-strongest', 'lex-density', 'first-person', 'own-failure', 'impact',
  'complaint-shape',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Repeating a cue adds evidence with diminishing returns; beyond this it adds nothing. */
const CUE_CAP = 2.5;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', "i'm", "i've", 'we', 'us', 'our', "we're", "we've", 'iam', 'im']);
const DEMANDING_ASKS = new Set<ToneAsk['kind']>(['refund', 'cancel', 'fix', 'date']);

export interface FeatureInputs {
  cues: CueHit[];
  lexicon: LexiconEvidence;
  tokens: Token[];
  asks: ToneAsk[];
  questionMarks: number;
  /** structure.ts: a shortfall with a reference, a cost or a remedy ask (0–3). */
  shape?: number;
  /** Weight of the kind words and calming formulas (1, or COURTESY_IN_COMPLAINT: measure.ts). */
  courtesy?: number;
}

function capped(n: number, cap = CUE_CAP): number {
  return Math.min(n, cap);
}

export function featureVector({ cues, lexicon, tokens, asks, questionMarks, shape = 0, courtesy = 1 }: FeatureInputs): number[] {
  const sums = new Map<string, number>();
  for (const c of cues) sums.set(c.kind, (sums.get(c.kind) ?? 0) + c.factor);
  const words = Math.max(tokens.length, 1);
  let you = 0;
  let negations = 0;
  let me = 0;
  for (const [i, t] of tokens.entries()) {
    if (FIRST_PERSON.has(t.w)) me++;
    if (t.w === 'you' || t.w === 'your' || t.w === "you're" || t.w === "you've") you++;
    // "no one" is a pronoun, as "nobody" (not counted) is.
    if (t.w === 'not' || (t.w === 'no' && tokens[i + 1]?.w !== 'one') || t.w === 'never' || t.w.endsWith("n't")) negations++;
  }
  const values: Record<FeatureName, number> = {} as Record<FeatureName, number>;
  for (const cat of SIGNAL_CATEGORIES) values[cat] = capped(sums.get(cat) ?? 0);
  values.problem = capped(sums.get('problem') ?? 0, 4) / 2;
  values.calm = courtesy * capped(sums.get('calm') ?? 0);
  values.resolved = capped(sums.get('resolved') ?? 0, 1.5);
  values.demand = capped(asks.filter((a) => DEMANDING_ASKS.has(a.kind)).length);
  values['lex-negative'] = Math.log1p(lexicon.negative);
  values['lex-positive'] = courtesy * Math.log1p(lexicon.positive);
  values.question = capped(questionMarks, 3) / 3;
  values['second-person'] = Math.min((10 * you) / words, 2);
  values.negation = Math.min((10 * negations) / words, 2);
  values.length = Math.log10(words);
  for (const k of ['service-failure', 'elapsed', 'hostility', 'profanity', 'exasperated-question', 'why-question', 'disappointment', 'sorrow', 'impact'] as const) {
    values[k] = capped(sums.get(k) ?? 0);
  }
  // A reported failure together with a request to put it right: the polite, factual complaint
  // ("amount debited but not credited, please resolve"; "invoice charged twice, kindly correct").
  const failure = (sums.get('service-failure') ?? 0) + (sums.get('problem') ?? 0) + (sums.get('broken-promise') ?? 0);
  values['failure-and-request'] = Math.min(failure, 1.5) * Math.min((sums.get('request') ?? 0) + values.demand, 1.5);
  values['lex-strongest'] = lexicon.strongest;
  // Complaints report one's own experience ("my card was blocked"); commentary on the news
  // ("the failure of the banks") does not.
  values['first-person'] = Math.min((10 * me) / words, 3);
  values['own-failure'] = me > 0 ? Math.min(failure, 2) : 0;
  values['lex-density'] = Math.min((10 * lexicon.negative) / words, 4);
  values['complaint-shape'] = shape;
  return FEATURE_NAMES.map((n) => values[n]);
}
