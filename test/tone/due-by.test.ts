import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { dueBy } from '../../lib/tone/deadlines';

const phrases = (text: string) => dueBy(analyzeTone(text, { sentAt: '2026-11-24T08:00:00Z' }).deadlines).map((d) => d.phrase);

describe('dueBy: the deadlines a client sets', () => {
  it('keeps "by", "before", "no later than", "within" and "in the next" times, once each', () => {
    expect(phrases('Send it by Friday. Before 3pm would be better, no later than Thursday. By friday!')).toEqual(['by Friday', 'Before 3pm', 'no later than Thursday']);
    expect(phrases('Please answer within 48 hours, and fix it in the next 2 days.')).toEqual(['within 48 hours', 'in the next 2 days']);
  });

  it('leaves out dates that are only mentioned', () => {
    expect(phrases('The export failed on Saturday, the third time this month, and again on Monday morning.')).toEqual([]);
    expect(phrases('We are blocked until Monday.')).toEqual([]);
  });

  it('leaves out the times we promised, which the client quotes back, but keeps theirs after it', () => {
    expect(phrases('You promised a fix by Friday. Nothing happened. I need it working by Monday.')).toEqual(['by Monday']);
    expect(phrases('We were told it would be live within 48 hours, and it was supposed to be signed off before the 5th.')).toEqual([]);
    expect(phrases('Your engineer said it would be done by Tuesday; please call me before noon.')).toEqual(['before noon']);
    expect(phrases('As I said, we need the files by Friday.')).toEqual(['by Friday']);
    // A promise in an earlier sentence does not reach this one.
    expect(phrases('You promised a lot. Send the corrected invoice by Friday.')).toEqual(['by Friday']);
  });
});
