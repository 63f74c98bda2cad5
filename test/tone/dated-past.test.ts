import { describe, expect, it } from 'vitest';
import { datedPast } from '../../lib/tone/dated-past';
import { FEATURE_NAMES } from '../../lib/tone/features';
import { measure } from '../../lib/tone/measure';
import { tokenize } from '../../lib/tone/text-units';

// A sentence that dates a past event (lib/tone/dated-past.ts, round 9): a reference of the complaint
// shape. New sentences, none from the blind sets.
const dated = (t: string) => datedPast(tokenize(t));
const SHAPE = FEATURE_NAMES.indexOf('complaint-shape');

describe('a dated past event', () => {
  it('finds facts anchored in time', () => {
    for (const t of [
      'The scaffolding went up on the 4th.',
      'Your fitter came on Tuesday and left after an hour.',
      'We paid the deposit in February.',
      'The parcel was collected yesterday.',
      'The meter was replaced on 12 October.',
    ]) expect(dated(t), t).toBe(true);
  });

  it('leaves plans, requests and the mail itself alone', () => {
    for (const t of [
      'Can we move Thursday’s call to Friday?',
      'I’ll send the figures on the 3rd.',
      'Attached is the agenda for Tuesday.',
      'The lifts won’t be working on Saturday.',
      'Please confirm the booking for 12 October.',
      'We paid the deposit.', // no date
      'Our office is closed on Monday.', // no past event
    ]) expect(dated(t), t).toBe(false);
  });

  it('adds to the complaint shape beside a shortfall, and counts nothing alone', () => {
    const shortfall = 'The new boiler still isn’t working.';
    const withDate = `${shortfall} Your engineer fitted it on the 9th.`;
    expect(measure(withDate).structure?.reference).toBe(true);
    expect(measure(withDate).features[SHAPE]).toBeGreaterThan(measure(shortfall).features[SHAPE]);
    expect(measure('Hi Jo, the engineer fitted the new boiler on the 9th. All good here, thanks!').features[SHAPE]).toBe(0);
  });
});
