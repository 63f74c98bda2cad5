import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 38 (issue #4): what b2b-blind81, 82 and 83 showed. Sentences written for this test, each beside a look-alike.

describe('payment held, the boss approached, other firms asked', () => {
  it('holding payment until it is resolved, not until a date', () => {
    expect(kinds("We'll be holding payment until the water damage claim is settled.")).toContain('legal-threat');
    expect(kinds("We'll be holding payment until the 28th, when our payment run moves.")).not.toContain('legal-threat');
  });

  it('straight to their chief executive, a meeting with their MD', () => {
    expect(kinds('If this is not fixed by Monday I am going straight to your MD.')).toContain('escalation-request');
    expect(kinds('Before we renew I would like to meet your managing director.')).toContain('escalation-request');
    expect(kinds('Before we renew I would like to meet your new account manager.')).not.toContain('escalation-request');
  });

  it('other firms asked to quote', () => {
    expect(kinds("We've asked three other garages to quote for the fleet contract.")).toContain('churn-threat');
    expect(kinds("We've asked three other departments to send their numbers.")).not.toContain('churn-threat');
  });
});

describe('the record of it', () => {
  it('a dated log of visits that did not happen', () => {
    expect(kinds('For the record:\n- 3 Mar: van booked in. Not collected.\n- 10 Mar: rebooked, driver came after we closed.\n- 17 Mar: confirmed again. Not collected.')).toContain('broken-promise');
    expect(kinds('Schedule:\n- 3 Mar: van booked in, collected at 8.\n- 10 Mar: returned, all done.')).not.toContain('broken-promise');
  });

  it('the second year running, another wasted trip, "Enough.", under protest', () => {
    expect(kinds('This is the second consecutive year the documents have arrived late.')).toContain('repeat-failure');
    expect(kinds("That's the third wasted trip to your depot this month.")).toContain('repeat-failure');
    expect(kinds('Four months for a boiler. Enough.')).toContain('frustration');
    expect(kinds("We've signed it, under protest.")).toContain('frustration');
  });

  it('days for a one-line answer, more helpful if it were true, good news that it does not', () => {
    expect(kinds('It took six working days to get a one-line answer.')).toContain('sarcasm');
    expect(kinds('It took six working days to get the full valuation report.')).not.toContain('sarcasm');
    expect(kinds('It would be more helpful if it were accurate.')).toContain('sarcasm');
    expect(kinds("Good news: I've learnt that the annual inspection doesn't cover the lifts.")).toContain('sarcasm');
  });

  it('how it got through, what we pay for, someone to actually check, embarrassing', () => {
    expect(kinds('I need to know how this error got through your checks.')).toContain('polite-anger');
    expect(kinds("Could you tell us what we're paying you for?")).toContain('polite-anger');
    expect(kinds("Could you tell us what we're paying for the extra licences?")).not.toContain('polite-anger');
    expect(kinds('Could somebody actually read the file before replying?')).toContain('polite-anger');
    expect(kinds('Which, for a firm of surveyors, is rather embarrassing.')).toContain('polite-anger');
  });
});

describe('the sender’s own side', () => {
  it('their own budget cut ends the work; praise with a negative in it blames nobody', () => {
    const r = analyzeTone("Dear Ana,\n\nI'm afraid I have disappointing news. Our board has cut the events budget for next year, and I couldn't save it. We will therefore need to end the retainer in June.\n\nThe launch you organised was remarkable, even if we weren't your biggest client.\n\nThank you,\nRui");
    expect(r.unhappy).toBe(false);
  });

  it('the customer described as upset, their own escalation, their own legal team, a newspaper piece on them', () => {
    expect(kinds('The customer is clearly very upset and says he will go to the papers.')).not.toContain('frustration');
    expect(kinds("I've escalated it internally and hope to have it by Wednesday.")).not.toContain('escalation-request');
    expect(kinds("I've escalated it to your head of support.")).toContain('escalation-request');
    expect(analyzeTone('Hi Diego,\n\nSorry, still nothing from our legal team on the release. They have had it since the 2nd.\n\nCould you warn the journalists it may slip?\n\nThanks,\nLucia').unhappy).toBe(false);
    expect(analyzeTone("Hi both,\n\nAnnoying piece in the Guardian today about our late deliveries. It's a fair hit - we did let customers down in December.\n\nLet's update the Q&A.\n\nThanks,\nKirsty").unhappy).toBe(false);
  });
});
