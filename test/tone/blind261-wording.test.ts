import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 61 (issue #4): what b2b-blind261, 262, 263 and 264 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their own late payments; a network fault; a neighbour\'s insurers; a cancelled visit; an installation that is as asked', () => {
    expect(analyzeTone("Dear Accounts,\n\nI know invoice 4410 is overdue and wanted to write before you had to chase again. Our new finance system has held every supplier payment. It's been chaos here, to be honest.\n\nSorry, this is entirely on our side.\n\nJo").unhappy).toBe(false);
    expect(analyzeTone("Hi Sam,\n\nUpdate: the tripping is nothing to do with the lights at all. It's a fault on the incoming supply and the network operator say up to 15 working days, which is frankly useless.\n\nCould you test everything before we start using them again?\n\nDan").unhappy).toBe(false);
    expect(analyzeTone("Dear Ms Hale,\n\nWe've had a letter from the insurers of our neighbour claiming our beech is damaging their garage. I have to say it came as a shock.\n\nCould you point me to someone who does that kind of root survey?\n\nRegards,\nPeter").unhappy).toBe(false);
    expect(analyzeTone("Hi Debbie,\n\nCould we cancel the service visit on the 12th please? It's our stocktake. Sorry to mess you about.\n\nGraham").unhappy).toBe(false);
    expect(analyzeTone("Hi Priya,\n\nForwarding a complaint from a neighbour. To be clear, they're exactly what we asked for and we keep to the switch-off time. But the neighbour is very upset.\n\nCould you suggest some shields?\n\nSarah").unhappy).toBe(false);
    expect(kinds('We have decided to cancel the service from April.')).toContain('churn-threat');
    expect(kinds('Why have I had to chase this again?')).toContain('repeat-failure');
    expect(kinds("Is this the second time it's failed again?")).toContain('repeat-failure');
  });
});

describe('complaints found', () => {
  it('promises, failures, repeats, threats', () => {
    expect(kinds('I think the wording on the quote was "cut and removed".')).toContain('broken-promise');
    expect(kinds('I did specifically walk your supervisor round the route.')).toContain('broken-promise');
    expect(kinds('I did mention at the start that the square is off-limits.')).toContain('broken-promise');
    expect(kinds('I did mention to Sarah that we need a quote.')).not.toContain('broken-promise');
    expect(kinds("Our consultant agrees this isn't to spec.")).toContain('service-failure');
    expect(kinds('Today, 23 October: nothing has arrived.')).toContain('service-failure');
    expect(kinds('It arrived creased in exactly the same way.')).toContain('repeat-failure');
    expect(kinds('The new model works in exactly the same way.')).toEqual([]);
    expect(kinds("I've asked twice and been told both times it would be today.")).toContain('repeat-failure');
    expect(kinds('The parent has now waited five weeks.')).toContain('elapsed');
    expect(kinds("If it isn't fixed we'll bring someone else in.")).toContain('churn-threat');
    expect(kinds("I'll be sending you his bill.")).toContain('legal-threat');
    expect(kinds("I'll send you the PO shortly.")).toEqual([]);
    expect(kinds('Unless we hear by Friday we will instruct our solicitors.')).toContain('legal-threat');
    expect(kinds("I've copied in our chairman.")).toContain('escalation-request');
    expect(kinds("I'd assume that's on you rather than us.")).toContain('blame');
    expect(kinds('We lost most of the first hour of production.')).toContain('impact');
    expect(kinds("I'd like to know who supervised the job.")).toContain('exasperated-question');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('Please tell me where the proofs actually are.')).toContain('polite-anger');
    expect(kinds('Could you give me a delivery date, rather than a status?')).toContain('polite-anger');
    expect(kinds("I'm not sure why it was ignored.")).toContain('polite-anger');
    expect(kinds("Raising this so it doesn't happen again.")).toContain('polite-anger');
    expect(kinds("I'd rather it wasn't Gary.")).toContain('polite-anger');
    expect(kinds("Any day is fine, I'd rather it wasn't Friday.")).not.toContain('polite-anger');
    expect(kinds('They have been on order since October, so they must be very popular.')).toContain('sarcasm');
    expect(kinds("We've achieved the first half.")).toContain('sarcasm');
    expect(kinds("What he didn't find time for was Year 6.")).toContain('sarcasm');
  });
});
