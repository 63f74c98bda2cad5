import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 70 (issue #4): what b2b-blind333, 334, 335 and 336 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: their own systems, funders, landlord or council', () => {
  it('"nothing wrong with the invoices", "a complete mess at our end"; "about our demand, not your rates"', () => {
    expect(analyzeTone("Dear Accounts,\n\nPayment of INV-60012 will be about two weeks late. Our finance system migration went badly wrong and the whole payment run has been held. It's a complete mess at our end, I'm afraid.\n\nNothing wrong with the invoices themselves, they're approved.\n\nPriti").unhappy).toBe(false);
    expect(analyzeTone("Hi Priya,\n\nOur interpreting budget is forecast to overspend by 30% this year. To be clear, this is about our demand going up, not your rates or your service, the teams are happy with you. Could you send me a breakdown of our spend?\n\nSophie").unhappy).toBe(false);
  });

  it('a cut to the funding, "I hate doing this"; the landlord\'s new rules; unhappy with the council', () => {
    expect(analyzeTone("Hi Daniel,\n\nThe ICB has told practices to expect a cut to the winter access funding this year. If the cut is as large as people say, we may need to drop from six locum sessions a week to three. I hate doing this, the locums you send have made a big difference.\n\nHelen").unhappy).toBe(false);
    expect(kinds('I hate the way your drivers leave the gate open.')).toContain('hostility');
    expect(analyzeTone("Hi Raj,\n\nReally sorry about yesterday, your driver was turned away at the front desk. Our landlord brought in new access rules this week and their security weren't letting anyone up. Nobody told us either!\n\nEmma").unhappy).toBe(false);
    expect(kinds("Mr Haidari is extremely unhappy with the council about the damp in his flat.")).not.toContain('frustration');
  });
});

describe('complaints found', () => {
  it('missed pickups counted and logged, notice to terminate, work moved to another lab', () => {
    expect(kinds('Third missed pickup this week.')).toContain('repeat-failure');
    expect(kinds("That's the third late one this fortnight.")).toContain('repeat-failure');
    expect(kinds('The third delivery this week is due on Friday.')).not.toContain('repeat-failure');
    expect(kinds('The courier did not attend on the following days this month:')).toContain('broken-promise');
    expect(kinds('The following deliveries were short or missing last week:')).toContain('broken-promise');
    expect(kinds('Please accept this email as notice to terminate our milk and cream supply agreement.')).toContain('churn-threat');
    expect(kinds("If this isn't sorted by Friday we're moving our work to Meridian Diagnostics.")).toContain('churn-threat');
    expect(kinds("We're moving our orders to Thursday from next week.")).not.toContain('churn-threat');
  });

  it('told it would cover the year, hard to swallow, their email said so, the MD copied in', () => {
    expect(kinds('We took 6% in October and were told at the time it should cover the year.')).toContain('broken-promise');
    expect(kinds("I'll be honest, this one's hard to swallow.")).toContain('frustration');
    expect(kinds('Your email of 5 September say that all the checks are done.')).toContain('broken-promise');
    expect(kinds("I've copied in your MD.")).toContain('escalation-request');
  });
});
