import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 58 (issue #4): what b2b-blind237, 238, 239 and 240 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their gate company; their own nurse ("very much on us"); the gas network and the tenant; the buyer', () => {
    expect(analyzeTone("Hi Dean,\n\nOur automatic gate broke on Saturday and the gate company can't get an engineer out until the 12th at the earliest, which is really frustrating.\n\nI'm a bit worried about Thursday's collection. Could the driver bring the sacks out by hand this time?\n\nTessa").unhappy).toBe(false);
    expect(analyzeTone("Hi Priya,\n\nForwarding a complaint we received. This one is very much on us – one of our nurses left a sharps bin on the reception counter. We want to make sure it can't happen again.\n\nDo you supply wall brackets for the 5L bins?\n\nYasmin").unhappy).toBe(false);
    expect(analyzeTone("Hi Dave,\n\nThanks for getting Lee out so quickly on Monday. The problem is the supply to the meter, and Cadent have now missed two appointments to come and look at it. The tenant is understandably really upset.\n\nDo you have a trade contact there?\n\nRob").unhappy).toBe(false);
    expect(analyzeTone("Hi Sam,\n\nSee below, forwarded for info. The buyer is clearly fed up with how many clarification questions they've had across all bidders. Nothing we did specifically, I think it's general frustration.\n\nMaybe we fold ours into a single question?\n\nMatt").unhappy).toBe(false);
    expect(analyzeTone("Hello,\n\nThe In-Tend portal has been going down intermittently all week. I'm a bit worried about Friday. Can we aim to have everything finalised by Wednesday?\n\nHayley").unhappy).toBe(false);
    expect(analyzeTone("Hi Support,\n\nThe customer portal has been down again since 7am. That's the third time this month, and each time we've found out by trying to log in rather than hearing from you.\n\nPriya").unhappy).toBe(true);
  });

  it('a fault reported in a works order is not a complaint that it keeps happening', () => {
    expect(kinds('Issue: bathroom basin hot tap dripping constantly, tenant thinks the washer has gone.')).not.toContain('repeat-failure');
    expect(kinds('Your engineers constantly turn up without the right parts.')).toContain('repeat-failure');
  });
});

describe('complaints found', () => {
  it('promises, failures, repeats, leaving, refusing', () => {
    expect(kinds('We are told before that the paint will be dry and no smell when the staff arrive.')).toContain('broken-promise');
    expect(kinds('Your engagement letter (clause 4.2) applies the fee to lots you prepared.')).toContain('broken-promise');
    expect(kinds('She tells me he was dismissive and told her to leave it to the professionals.')).toContain('service-failure');
    expect(kinds('About half the list is still open.')).toContain('service-failure');
    expect(kinds('No dust sheets had been used in the bedroom.')).toContain('service-failure');
    expect(kinds("Appendix C includes a case study that isn't one of ours.")).toContain('service-failure');
    expect(kinds('He left the side gate wide open again.')).toContain('repeat-failure');
    expect(kinds('It has consistently arrived late.')).toContain('repeat-failure');
    expect(kinds("It's now been 16 days.")).toContain('elapsed');
    expect(kinds('It\'s been "in progress" since 3 May.')).toContain('elapsed');
    expect(kinds('The board has asked me to go out to two or three other consultancies.')).toContain('churn-threat');
    expect(kinds("We won't be paying the success fee as invoiced.")).toContain('legal-threat');
    expect(kinds("The engagement letter describes the fee as recognising your contribution; we don't accept that's what happened here.")).toContain('legal-threat');
    expect(kinds('So we have gone backwards slightly.')).toContain('frustration');
    expect(kinds("The client noticed before I did, which wasn't a great moment.")).toContain('impact');
    expect(kinds('We told the tenants before that the site would be closed on Monday.')).not.toContain('broken-promise');
    expect(kinds('He was very helpful and not at all dismissive of our worries.')).not.toContain('service-failure');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('The gate opens onto the school path, so we really can\'t have that.')).toContain('polite-anger');
    expect(kinds('Please could you have a word with him.')).toContain('polite-anger');
    expect(kinds("It's not how we expect people to be spoken to in our building.")).toContain('polite-anger');
    expect(kinds("I'm struggling to believe that's what's on these walls.")).toContain('polite-anger');
    expect(kinds("Obviously we're not expecting to pay for the repaint.")).toContain('polite-anger');
    expect(kinds("Can you confirm how and when it'll be put right?")).toContain('polite-anger');
    expect(kinds('Can someone go back and finish it properly?')).toContain('polite-anger');
    expect(kinds("I'd rather not have that conversation with her again.")).toContain('polite-anger');
    expect(kinds("I'm a little surprised this needs pointing out.")).toContain('polite-anger');
    expect(kinds('Please reissue the invoice for Lot 1 only.')).toContain('polite-anger');
    expect(kinds('Still nothing on Q5. I need it today.')).toContain('polite-anger');
    expect(kinds('Thanks for letting me know, again, that our collection is "on the system".')).toContain('sarcasm');
    expect(kinds("Slightly less lovely given that we're bidding to Eastmoor.")).toContain('sarcasm');
    expect(kinds("I'll assume the rest of it was actually written for us.")).toContain('sarcasm');
    expect(kinds("Thanks for letting me know, that's really helpful.")).not.toContain('sarcasm');
  });
});
