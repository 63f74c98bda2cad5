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

const CONCERNED_FROM = 25;
const ESCALATION_FROM = 95;
const THREATS: ReadonlySet<SignalCategory> = new Set(['churn-threat', 'legal-threat', 'escalation-request']);

/**
 * Levels line up with the default flag: `upset` and `escalation` are flagged, `calm` and
 * `concerned` are not. A flagged message that threatens to leave, sue or go over our heads is an
 * escalation whatever its score.
 */
export function levelFor(score: number, categories: ReadonlySet<SignalCategory>): ToneLevel {
  if (score < CONCERNED_FROM) return 'calm';
  if (score < DEFAULT_THRESHOLD) return 'concerned';
  if (score >= ESCALATION_FROM || [...THREATS].some((c) => categories.has(c))) return 'escalation';
  return 'upset';
}
