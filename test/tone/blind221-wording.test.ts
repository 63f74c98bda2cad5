import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 56 (issue #4): what b2b-blind221, 222, 223 and 224 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('the venue double-booked; their own registrations behind target; a speaker\'s agency; their customer\'s audit team', () => {
    expect(analyzeTone("Hi Dan,\n\nBad news from the venue, I'm afraid. The Midland have just told us they've double-booked the ballroom, so we can't get in until 6am on Monday. Honestly I'm livid with them – this was all confirmed in writing back in March.\n\nIs the build even possible in three hours?\n\nKaren").unhappy).toBe(false);
    expect(analyzeTone("Hi Sarah,\n\nRegistrations for the Expo are well behind where we expected (about 380 against a target of 700). We may need to move into the smaller hall.\n\nCould you tell me what that would mean for the spec and costs?\n\nMegan").unhappy).toBe(false);
    expect(analyzeTone("Hi Tom,\n\nJust flagging that we still don't have the keynote speaker's slides. His agency keeps promising them by end of day and has done since Monday. Really frustrating.\n\nIf they arrive tonight, is there still time to load them?\n\nAisha").unhappy).toBe(false);
    expect(analyzeTone("Hi Rob,\n\nSee below from our customer. Their audit team isn't happy with us - they picked up that one of our drivers broke the rules twice in a week. We had that from your report and dealt with it, but they now want evidence of our monitoring for the last six months by Friday.\n\nCould you pull together a summary?\n\nLee").unhappy).toBe(false);
    expect(kinds('We are at 380 deliveries against a target of 700 agreed in the contract.')).toContain('broken-promise');
  });

  it('"not a problem on our side" points at the recipient; people "all over the place" are not a fault', () => {
    expect(analyzeTone("Hello,\n\nThis is the fourth time I've asked about this (emails on the 2nd, 9th and 14th). The download for FN68 RTW is still showing as overdue on the portal. The vehicle is in our yard every night so it isn't an access problem on our side.\n\nCan someone please actually look at this and reply?\n\nDebbie").unhappy).toBe(true);
    expect(kinds('The loss adjusters have been all over the place.')).not.toContain('broken-promise');
    expect(kinds('The scoring on Q12 seems to be all over the place.')).toContain('service-failure');
  });
});

describe('complaints found', () => {
  it('leaving, escalating, legal', () => {
    expect(kinds("If the plan isn't with the venue by 5pm, we'll bring in another production company. I've already spoken to one.")).toEqual(['churn-threat', 'churn-threat']);
    expect(kinds('Please suspend any further visits to our branches until this has been resolved.')).toContain('churn-threat');
    expect(kinds("For clarity, until that meeting has happened we're putting the planned expansion on hold.")).toContain('churn-threat');
    expect(kinds('I have passed the matter to our Data Protection Officer and our legal team.')).toContain('legal-threat');
    expect(kinds('This is a potential breach of data protection law.')).toContain('legal-threat');
    expect(kinds('She has asked me to set up a meeting between her and your CEO.')).toContain('escalation-request');
    expect(kinds("We're putting the planned expansion on hold while the budget is reviewed.")).not.toContain('churn-threat');
  });

  it('promises, failures, repeats, impact', () => {
    expect(kinds('Load-in was booked for 7am. Your first van arrived at 9:40.')).toContain('broken-promise');
    expect(kinds('Our contract (Schedule 3) explicitly prohibits audio recording of our colleagues.')).toContain('broken-promise');
    expect(kinds('Found out from your driver - not from you - that it is on backorder.')).toContain('broken-promise');
    expect(kinds("The driver wouldn't wait for us to check the drums.")).toContain('service-failure');
    expect(kinds('The driver left it outside the loading bay gate.')).toContain('service-failure');
    expect(kinds('Monday 10th: nothing arrived, no call.')).toContain('service-failure');
    expect(kinds('For March, 22 of the 60 visits have no photos at all.')).toContain('service-failure');
    expect(kinds('The drivers keep delivering to main reception instead of the goods-in door.')).toContain('repeat-failure');
    expect(kinds("I've asked for the delivery instructions to be updated twice.")).toContain('repeat-failure');
    expect(kinds('Our cleaning team has been borrowing stock from the other site for a week.')).toContain('impact');
    expect(kinds('This is starting to undermine the whole programme.')).toContain('impact');
    expect(kinds("They don't trust any of the numbers.")).toContain('impact');
    expect(kinds('Without them the reports are half as useful.')).toContain('impact');
    expect(kinds('We left the pallet outside for you as agreed.')).not.toContain('service-failure');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('I will need replacements, and those 12 cases taken off invoice INV-208831.')).toContain('polite-anger');
    expect(kinds('Could you make sure it actually gets changed this time please?')).toContain('polite-anger');
    expect(kinds('Which date should I actually plan around?')).toContain('polite-anger');
    expect(kinds('Would have been nice to know before we ran out.')).toContain('polite-anger');
    expect(kinds("I don't think that's an unreasonable ask.")).toContain('polite-anger');
    expect(kinds('Could someone check what actually happened here?')).toContain('polite-anger');
    expect(kinds('Good to hear the crew found the ExCeL eventually. For future reference it\'s quite large and has signs.')).toEqual(['sarcasm', 'sarcasm']);
    expect(kinds("I'm sure they'll dry out lovely.")).toContain('sarcasm');
    expect(kinds('Impressive work from your shopper in Bristol.')).toContain('sarcasm');
    expect(kinds("I'm sure they'll look lovely in reception, thank you.")).not.toContain('sarcasm');
  });
});
