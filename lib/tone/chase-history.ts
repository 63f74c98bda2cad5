/**
 * "Any news?" on top of a thread that already holds earlier reminders is not a first polite ask but
 * the third or fourth chase. The quoted history is blanked for every other cue (its words are not
 * this message's), so this reads it for one thing only: how many reminders it already holds, and
 * how many dated promises of an answer ("I'll get back to you by Friday"), each an earlier round.
 * A reminder that says "again" ("Bumping this again") counts one more before it, in the body too.
 */
import type { CueHit } from './cues';

const CHASER = /\b(?:please\s+see\s+(?:below|the\s+(?:email|emails|thread|message)\s+below)|any\s+(?:update|news|progress|word)|chasing|follow(?:ing)?\s+up|just\s+checking\s+in|(?:just\s+)?bumping\s+this|still\s+(?:nothing|waiting|no\s+(?:word|news|reply|update))|(?:gentle|friendly|quick)\s+(?:reminder|nudge)|could\s+(?:someone|somebody|anyone)\s+(?:please\s+)?(?:pick|look\s+at|get\s+back))\b/gi;
/** A dated promise of an answer, the other half of a chase: "will get back to you by Friday", "you'll have 4-5 profiles by end of next week". */
const PROMISE = /\b(?:you['’]ll\s+have\s+(?:[\w-]+\s+){0,4}?|(?:(?:i|we)['’]ll|will)\s+(?:get\s+back\s+to\s+you|come\s+back\s+to\s+you|update\s+you|send\s+(?:you\s+)?(?:an?\s+)?(?:update|fix|answer)|have\s+(?:an?\s+)?(?:update|answer|fix))\b[^.!?\n]{0,40}?\b)(?:by|on|before|tomorrow|today|this\s+week|end\s+of)\b/gi;
const AGAIN = /^[^.!?\n]*?\bagain\b/i;
/** How far after a reminder its "again" may come: "chasing the DBS details for the two new carers again". */
const AGAIN_WITHIN = 50;
/** Reminders and promises the quoted thread must hold before this one counts as another. */
const EARLIER_CHASERS = 2;
/** Reminders and promises in the thread after which the chasing itself says nobody answers. */
const UNANSWERED = 3;

const blanked = (masked: string, start: number, end: number) => masked.slice(start, end).trim() === '';

/**
 * A repeat-failure cue on the body's chaser when the quoted history (blanked in `masked`) holds earlier
 * ones, as strong as the reminders before it (the features cap it).
 */
export function chaseHistory(text: string, masked: string): CueHit[] {
  let here: RegExpExecArray | null = null;
  let reminders = 0;
  /** Reminders that say "again" ("chasing the DBS details again", "Bumping this again"): each tells of one more before it. */
  let agains = 0;
  for (const m of text.matchAll(CHASER)) {
    const isQuoted = blanked(masked, m.index, m.index + m[0].length);
    if (!isQuoted && here !== null) continue;
    if (isQuoted) reminders++;
    else here = m;
    if (AGAIN.test(text.slice(m.index + m[0].length, m.index + m[0].length + AGAIN_WITHIN))) agains++;
  }
  if (here === null) return [];
  const promises = [...text.matchAll(PROMISE)].filter((m) => blanked(masked, m.index, m.index + m[0].length)).length;
  const earlier = reminders + promises + agains;
  if (earlier < EARLIER_CHASERS) return [];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const held = promises === 0 ? count(reminders, 'earlier reminder') : `${count(reminders, 'earlier reminder')} and ${count(promises, 'promised answer')}`;
  const chase: CueHit = { kind: 'repeat-failure', start: here.index, end: here.index + here[0].length, why: `Chases again: the thread below already holds ${held}.`, factor: earlier };
  // Three rounds of asking or promising and still asking: nobody has answered, a service failure of its own.
  if (earlier < UNANSWERED) return [chase];
  return [chase, { kind: 'service-failure', start: here.index, end: here.index + here[0].length, why: `The thread below holds ${held}, and still no answer.`, factor: 1 }];
}
