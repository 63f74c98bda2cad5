import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 59 (issue #4): what b2b-blind245, 246, 247 and 248 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their own late payments; their security firm; a new bank', () => {
    expect(analyzeTone("Dear ShiftPlate Finance,\n\nI'm writing to give you advance warning that payments for October and November invoices may be up to two weeks late. We're moving to a new finance system and the migration has been much more painful than expected.\n\nI'm sorry about this.\n\nFiona").unhappy).toBe(false);
    expect(analyzeTone("Hi Jess,\n\nQuick one – our security firm left the yard gate in manual override after their patrol last night, so it stood open until 7am. I've had words with them. Is there any way to set the gate to go back to automatic after a set time, so this can't happen again?\n\nDerek").unhappy).toBe(false);
    expect(analyzeTone("Hi Tom,\n\nPayment for INV-5590 will be a few days late. We've moved banks this month and the new payment approvals haven't been set up yet - very frustrating on our end.\n\nApologies,\nRebecca").unhappy).toBe(false);
    expect(kinds('Your engineer left the gate open again. This cannot happen again.')).toContain('frustration');
  });
});

describe('complaints found', () => {
  it('promises, failures, repeats', () => {
    expect(kinds('In future I need to be told about cover staff, as we agreed at the start of the contract.')).toContain('broken-promise');
    expect(kinds('All products are supposed to go back into the locked cupboard - it was covered in the site induction.')).toEqual(['broken-promise', 'broken-promise']);
    expect(kinds('None of that overtime was approved by us.')).toContain('broken-promise');
    expect(kinds('Your profiles say all chefs are allergen trained.')).toContain('broken-promise');
    expect(kinds('The warranty was one of the main reasons we chose your proposal.')).toContain('broken-promise');
    expect(kinds("He had no ID badge and wasn't on the list of approved staff you sent us.")).toContain('service-failure');
    expect(kinds('For your records, the following areas were not cleaned this week.')).toContain('service-failure');
    expect(kinds('12 Feb: site survey booked, cancelled by your office the afternoon before.')).toContain('service-failure');
    expect(kinds('Today, 4 April: no draft received.')).toContain('service-failure');
    expect(kinds("Since then I've had one automated acknowledgement.")).toContain('service-failure');
    expect(kinds('Rooms 4 and 5 not done again last night.')).toContain('repeat-failure');
    expect(kinds("The first two visits didn't fix it.")).toContain('repeat-failure');
    expect(kinds('I am calling your office two times and nobody is calling back.')).toContain('service-failure');
    expect(kinds('Our own drivers are supposed to ring ahead, my mistake.')).not.toContain('broken-promise');
  });

  it('money, leaving, escalating', () => {
    expect(kinds('They have asked me to prepare options, including early termination.')).toContain('churn-threat');
    expect(kinds('We are invoking the service credit mechanism and will be deducting the credit.')).toEqual(['legal-threat', 'legal-threat']);
    expect(kinds("We won't be paying the overtime element.")).toContain('legal-threat');
    expect(kinds("I've copied in Laura Bennett (Procurement) and our Group CFO for visibility.")).toContain('escalation-request');
    expect(kinds('Three alarm callouts so far, at our cost.')).toContain('impact');
    expect(kinds('We ended up having to ask the manufacturer directly.')).toContain('impact');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('"We\'re recruiting" will not be enough this time.')).toContain('polite-anger');
    expect(kinds("I'm sure you'll appreciate how serious this is.")).toContain('polite-anger');
    expect(kinds("Running a breakfast pass without a KP isn't workable.")).toContain('polite-anger');
    expect(kinds('Second no-show this week. Need a call before 3pm today.')).toContain('polite-anger');
    expect(kinds("I don't want him booked to us again.")).toContain('polite-anger');
    expect(kinds("I'd be interested to know how the app decided he was a sous chef.")).toContain('polite-anger');
    expect(kinds("I don't think we should be paying a full callout for every return visit.")).toContain('polite-anger');
    expect(kinds('Could someone who has actually seen this controller before come and look?')).toContain('polite-anger');
    expect(kinds("I'd be grateful if you could check before asking again.")).toContain('polite-anger');
    expect(kinds('This makes me question how much of the rest is about our buildings.')).toContain('polite-anger');
    expect(kinds("Eleven days for a two-line answer is a bit much.")).toContain('polite-anger');
    expect(kinds('Please confirm a date you will actually meet.')).toContain('polite-anger');
    expect(kinds('Please send somebody who can finish the work correctly.')).toContain('polite-anger');
    expect(kinds("He's normally a barista. Very good coffee, I'm sure.")).toContain('sarcasm');
    expect(kinds('Is this "tomorrow" as in the day after today, or "tomorrow" as in the last three times?')).toContain('sarcasm');
    expect(kinds('Good news: the gate has found a new way to fail.')).toContain('sarcasm');
    expect(kinds('Our security company has enjoyed very much.')).toContain('sarcasm');
    expect(kinds('The team enjoyed the day very much, thank you.')).not.toContain('sarcasm');
  });
});
