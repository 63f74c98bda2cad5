import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../lib/tone/features';
import { measure } from '../../lib/tone/measure';

// Courtesy in a complaint-shaped email (lib/tone/measure.ts, round 9): the kind words and calming
// formulas of an email built like a complaint are manners, not approval. New sentences, none from the blind sets.
const POSITIVE = FEATURE_NAMES.indexOf('lex-positive');
const CALM = FEATURE_NAMES.indexOf('calm');
const kindness = (t: string) => measure(t).features[POSITIVE];
const calming = (t: string) => measure(t).features[CALM];

const complaint = (thanks: string) =>
  `Hi Priya,\n\n${thanks} The floor plan still shows the old partition. We agreed to remove it at the site meeting. Could you correct the drawing?\n\nKind regards,\nTom`;
const ordinary = (thanks: string) => `Hi Priya,\n\n${thanks} Could we move Thursday's site meeting to 10am?\n\nKind regards,\nTom`;

describe('courtesy in a complaint-shaped email', () => {
  it('halves the kind words and the thank-you formula when the email is built like a complaint', () => {
    const thanks = 'Thank you for the lovely, quick turnaround on the drawings.';
    expect(measure(complaint(thanks)).structure?.shortfall).toBe(true);
    expect(kindness(complaint(thanks))).toBeCloseTo(kindness(ordinary(thanks)) / 2, 5);
    expect(calming(complaint(thanks))).toBeCloseTo(calming(ordinary(thanks)) / 2, 5);
  });

  it('keeps them in ordinary email, and in a message that is not an email', () => {
    const thanks = 'Thank you for the lovely, quick turnaround on the drawings.';
    expect(kindness(ordinary(thanks))).toBeGreaterThan(0);
    const review = `${thanks} The floor plan still shows the old partition. We agreed to remove it at the site meeting. Could you correct the drawing?`;
    expect(measure(review).structure?.shortfall).toBe(true);
    expect(kindness(review)).toBeCloseTo(kindness(ordinary(thanks)), 5);
  });
});
