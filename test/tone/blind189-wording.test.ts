import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 52 (issue #4): what b2b-blind189, 190, 191 and 192 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('the farmer was supposed to; a customer\'s DC moved to a new system; requested from the bank three times', () => {
    expect(analyzeTone("Hi Dan,\n\nI went up to the field this afternoon and it's in a bad way – the farmer was supposed to fence off the lower half but didn't, and it's badly churned up.\n\nI'm worried about whether Thursday's build is possible. Could one of the team take a look?\n\nBest,\nAlan").unhappy).toBe(false);
    expect(analyzeTone("Hi Tasha,\n\nMeadowfield's DC in Daventry have moved to a new booking-in system and by all accounts it's chaos.\n\nWe've got 12 pallets going in on Tuesday. If they are turned away, how would the failed delivery charges work?\n\nThanks,\nJoel").unhappy).toBe(false);
    expect(analyzeTone("Hi Kieran,\n\nI've now requested the loan statement from NatWest three times and they keep sending the wrong one. Absolutely useless - I spent 40 minutes on hold today alone.\n\nI'll forward it as soon as it arrives.\n\nCheers,\nDave").unhappy).toBe(false);
    expect(kinds('Your crew were supposed to fence off the lower half.')).toContain('broken-promise');
    expect(kinds('We had a failed delivery this morning.')).toContain('service-failure');
  });

  it('nervous about their own paperwork; retiring and closing the company; answers in capitals', () => {
    expect(analyzeTone("Hi Aoife,\n\nThis is our first shipment to Northern Ireland and I'm a bit nervous I've got the paperwork wrong. I'd hate for it to get stuck because of something we've missed.\n\nCould someone check it before Thursday?\n\nThanks,\nDominic").unhappy).toBe(false);
    expect(analyzeTone("Dear Michael,\n\nI've decided to retire at the end of March and close down Hartwell Engineering Services Ltd. Frankly, my knees have had enough of factory floors.\n\nCould you handle the winding up?\n\nThank you for looking after us,\nDennis").unhappy).toBe(false);
    expect(analyzeTone("Hi Naomi,\n\nAnswers below in capitals (my email doesn't do colours!):\n\n1. £4,500 paid in on 12 Feb - THIS WAS ME REPAYING PART OF MY DIRECTOR'S LOAN, NOT A SALES RECEIPT.\n2. Van - STILL OWNED, NOT SOLD.\n\nJenny").unhappy).toBe(false);
    expect(kinds('THIS IS THE THIRD TIME I HAVE ASKED FOR THE ACCOUNTS.')).toContain('shouting');
  });
});

describe('complaints found', () => {
  it('booked for ten, arrived at half three; their email quoted; it got there later; actually sorted; their own guide; not the marked wall', () => {
    expect(kinds('Collection on Sunday was booked for 10am. Your team arrived at 3:30pm without any call to warn us.')).toEqual(expect.arrayContaining(['broken-promise', 'service-failure']));
    expect(kinds('Your email yesterday afternoon, below: "it\'s on the first drop". It got there at 14:20.')).toContain('broken-promise');
    expect(kinds("When I'm told something has been sorted, I expect it has actually been sorted.")).toContain('broken-promise');
    expect(kinds('Exactly how your own packaging guide shows it.')).toContain('broken-promise');
    expect(kinds('A hole drilled through the wrong wall (not the one marked on the survey).')).toContain('broken-promise');
    expect(kinds('Cable clipped along the desk instead of through the ceiling void, as agreed at survey.')).toContain('broken-promise');
    expect(kinds('The delivery was booked for 10am. Your team arrived early, thank you.')).not.toContain('broken-promise');
  });

  it('leaving, refusing, escalating', () => {
    expect(kinds("We've decided to move all our north-of-Preston volume to another network from the 1st.")).toContain('churn-threat');
    expect(kinds('The company is terminating its engagement with your firm with immediate effect.')).toContain('churn-threat');
    expect(kinds('We will not be settling invoice 8812, as the work has not been delivered.')).toContain('legal-threat');
    expect(kinds("I don't accept the reason given for rejecting the claim.")).toContain('legal-threat');
    expect(kinds('Please can this be reviewed by someone else.')).toContain('escalation-request');
    expect(kinds('We will move all our Preston volume to the Tuesday run from next month.')).not.toContain('churn-threat');
  });

  it('repeats, failures, polite anger, dry remarks', () => {
    expect(kinds('We paid the timed premium on these three and all three were late.')).toContain('repeat-failure');
    expect(kinds('This month you take from our bank two times the same amount.')).toContain('repeat-failure');
    expect(kinds('The lady say me she will call me back but nobody call.')).toContain('service-failure');
    expect(kinds('The pack contains the accounts for a completely different company.')).toContain('service-failure');
    expect(kinds("Please let me know how you'll be covering this.")).toContain('polite-anger');
    expect(kinds("I'll wait to hear what you propose.")).toContain('polite-anger');
    expect(kinds("I don't expect miracles, but I'd rather have known at 7am.")).toContain('polite-anger');
    expect(kinds('For a small restaurant this is not nice.')).toContain('frustration');
    expect(kinds('I know this is not nice for your translators.')).not.toContain('frustration');
    expect(kinds('It was good of the crew to turn up at all.')).toContain('sarcasm');
    expect(kinds("Certainly memorable, though perhaps not in the way we'd planned.")).toContain('sarcasm');
    expect(kinds("A second surcharge, which I'm assuming is someone's idea of a joke.")).toContain('sarcasm');
    expect(kinds('Can you send it on a vehicle with an actual tail-lift this time?')).toContain('sarcasm');
    expect(kinds('It was good of the crew to stay late, thank you.')).not.toContain('sarcasm');
  });
});
