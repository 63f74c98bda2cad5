/**
 * What the settings' sensitivity slider promises ("flags about N of 100 ordinary messages"), measured:
 * for each threshold, how many of 100 ordinary client emails score at or above it. The emails are the
 * ordinary ones (label "ok") of the held-out client-mail sets, never developed on. They were written to
 * be hard not to flag (outside trouble, urgent fault reports), so an everyday inbox flags fewer.
 */
import { analyzeTone } from '../../lib/tone/index';
import { isHeldOutSet, loadB2BBlind, type LabelledItem } from './tone-data';

/** The thresholds the shipped table lists (lib/dashboard/expected-flag-rate.ts). */
export const RATE_THRESHOLDS = [0, 10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100] as const;

export function ordinaryHeldOutEmails(): LabelledItem[] {
  return loadB2BBlind()
    .filter(isHeldOutSet)
    .flatMap((set) => set.items.filter((item) => item.label === 'ok'));
}

/** [threshold, flagged per 100] for each threshold; messages the analyser does not score are never flagged. */
export function ordinaryFlagRates(mail: readonly LabelledItem[], thresholds: readonly number[] = RATE_THRESHOLDS): [number, number][] {
  const scores = mail.map((item) => analyzeTone(item.text, { subject: item.subject }).score);
  return thresholds.map((t) => [t, Math.round((100 * scores.filter((s) => s !== null && s >= t).length) / Math.max(1, scores.length))]);
}
