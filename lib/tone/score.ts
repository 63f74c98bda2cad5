/** The one flag rule used everywhere in the product, and the score → level mapping. */
import type { SignalCategory, ToneLevel } from './types';

/**
 * Score at or above which a message is flagged. The model's cut is calibrated so this value keeps
 * false alarms on ordinary text at or below 10%; settings' `flagThreshold` defaults to it.
 */
export const DEFAULT_THRESHOLD = 50;

/** Every flag (sidebar, list chips, badge, watched-client rules) compares a score with this rule. */
export function isFlagged(score: number | null | undefined, threshold: number = DEFAULT_THRESHOLD): boolean {
  return typeof score === 'number' && Number.isFinite(score) && score >= threshold;
}

/** Score from which a message is `concerned` rather than calm. */
export const CONCERNED_FROM = 25;
/** Score from which many kinds of anger together count as an escalation (see levelFor). */
const ESCALATION_FROM = 95;
const THREATS: ReadonlySet<SignalCategory> = new Set(['churn-threat', 'legal-threat', 'escalation-request']);
/** Categories of tone (anger aimed at us), as opposed to failure reports (broken promise, repeat failure, urgency). */
const HOSTILE_TONE: ReadonlySet<SignalCategory> = new Set(['frustration', 'blame', 'sarcasm', 'polite-anger', 'shouting']);
/** Distinct tone categories that, with a score ≥ ESCALATION_FROM, make a message an escalation. */
const TONE_CATEGORIES_FOR_ESCALATION = 3;
/** Insults or swear words (separate phrases) that make a flagged message an escalation by themselves. */
const INSULTS_FOR_ESCALATION = 2;

export interface LevelEvidence {
  /** Insults, contempt and swear words found (hostility and profanity cues that raise the score). */
  insults?: number;
}

/**
 * Levels line up with the default flag: calm < 25 ≤ concerned < 50 ≤ upset, and `upset` and
 * `escalation` are flagged, `calm` and `concerned` are not.
 *
 * `escalation` means escalation RISK, not "very unhappy". The score saturates quickly (a polite,
 * factual report of a failed payment with "please resolve" scores ~96 because several failure cues
 * add up), so a high score alone says the client has a problem, not that they are about to leave.
 * A flagged message is an escalation when it
 * - threatens to leave or sue, or asks to go over our heads (churn, legal, escalation-request), or
 * - is openly hostile: at least INSULTS_FOR_ESCALATION insults or swear words, or
 * - scores ≥ ESCALATION_FROM with at least TONE_CATEGORIES_FOR_ESCALATION distinct kinds of anger
 *   in the tone (frustration, blame, sarcasm, polite anger, shouting). Failure reports, repeats and
 *   urgency do not count here: they describe the problem, not the relationship. Three, not two:
 *   an upset client commonly shouts and asks "why is this STILL broken??" (two kinds) without any
 *   sign of leaving; on our B2B set two kinds turned exactly that labelled `upset` mail into an
 *   escalation, three kinds keep all 11 labelled escalations and no upset one.
 */
export function levelFor(score: number, categories: ReadonlySet<SignalCategory>, evidence: LevelEvidence = {}): ToneLevel {
  if (score < CONCERNED_FROM) return 'calm';
  if (score < DEFAULT_THRESHOLD) return 'concerned';
  if ([...THREATS].some((c) => categories.has(c))) return 'escalation';
  if ((evidence.insults ?? 0) >= INSULTS_FOR_ESCALATION) return 'escalation';
  const tone = [...HOSTILE_TONE].filter((c) => categories.has(c)).length;
  if (score >= ESCALATION_FROM && tone >= TONE_CATEGORIES_FOR_ESCALATION) return 'escalation';
  return 'upset';
}
