import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 62 (issue #4): what b2b-blind269, 270, 271 and 272 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their own accounts system; a heating firm; their IT provider; a forwarded client who is unhappy with the case', () => {
    expect(analyzeTone('Hello,\n\nCould you please reissue invoice 3310 with our PO number on it? Our accounts system automatically rejects invoices without a PO, so it\'s stuck at the moment.\n\nThanks,\nGemma').unhappy).toBe(false);
    expect(analyzeTone("Hi Mark,\n\nOur heating contractor replaced the boiler and now the pool won't heat. Could one of your engineers give us an independent view? I'm getting nowhere with them.\n\nSarah").unhappy).toBe(false);
    expect(analyzeTone("Hi Tom,\n\nOur IT provider rolled out a new firewall and it's blocking the realtime feed (we've had the same problem with the court portal all morning). Is there a browser option?\n\nPriya").unhappy).toBe(false);
    expect(analyzeTone("Hi Lauren,\n\nSee below from our client. He's not thrilled with how the case is going, but none of this is about your team. Could you send him certified copies?\n\nEdward").unhappy).toBe(false);
    expect(kinds("Three weeks of calls and I'm getting nowhere.")).toContain('frustration');
    expect(kinds("It's leaking again.")).toContain('repeat-failure');
  });
});

describe('complaints found', () => {
  it('repeats, delays, threats, escalation', () => {
    expect(kinds('Again I must write about the spa pool.')).toContain('repeat-failure');
    expect(kinds('After the service the water is cloudy again.')).toContain('repeat-failure');
    expect(kinds('I told him two times but he kept going.')).toContain('repeat-failure');
    expect(kinds("That's the second late arrival this quarter.")).toContain('repeat-failure');
    expect(kinds('It has taken three and a half weeks to arrive.')).toContain('elapsed');
    expect(kinds('16 June: no show, text said Monday')).toContain('service-failure');
    expect(kinds('They asked me to put next year\'s maintenance contract out to tender.')).toContain('churn-threat');
    expect(kinds("I've spoken to my insurer and they'll be in touch with yours.")).toContain('legal-threat');
    expect(kinds('We will deduct from your invoices the cost of retesting.')).toContain('legal-threat');
    expect(kinds("I've copied in our Chief Executive.")).toContain('escalation-request');
    expect(kinds("I'm not saying all of that is on you, but most of it is.")).toContain('blame');
    expect(kinds("That's money on the floor.")).toContain('impact');
    expect(kinds("It isn't a great look for us in front of the other side.")).toContain('impact');
    expect(kinds('Guests spent the weekend in a B&B at our expense.')).toContain('impact');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds("I'm afraid I need to raise the state the plant room was left in.")).toContain('polite-anger');
    expect(kinds('I need you to understand how serious this is.')).toContain('polite-anger');
    expect(kinds("I can't stack them or sell them like this.")).toContain('polite-anger');
    expect(kinds('Still nothing. Need it today.')).toContain('polite-anger');
    expect(kinds('Could someone come back and actually do it?')).toContain('polite-anger');
    expect(kinds('I think this is not good work.')).toContain('polite-anger');
    expect(kinds("I'd rather deal with it between us.")).toContain('polite-anger');
    expect(kinds('It needs a proper proofread, not just a spell-check.')).toContain('polite-anger');
    expect(kinds("I'm not going to mince words.")).toContain('polite-anger');
    expect(kinds('I need a written account of what was done on Friday.')).toContain('polite-anger');
    expect(kinds('Can I ask that in future we get told before our boats are moved?')).toContain('polite-anger');
    expect(kinds('A phone call would have avoided all of it.')).toContain('polite-anger');
    expect(kinds("What he didn't manage in that time was the calibration.")).toContain('sarcasm');
    expect(kinds("She's back after what I'm sure was a very restful extra fortnight in your yard.")).toContain('sarcasm');
    expect(kinds('Please come back and finish the second filter on Monday as planned.')).not.toContain('polite-anger');
    expect(kinds('A phone call would be great.')).not.toContain('polite-anger');
    expect(kinds("Welcome back after what I'm sure was a very well-deserved break!")).not.toContain('sarcasm');
  });
});
