import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 28 (issue #4): what b2b-blind45, 46 and 47 showed. Sentences written for this test, each beside a look-alike.

describe('not a complaint', () => {
  it('leaving for their own reasons: a merger, a sale, retirement', () => {
    expect(analyzeTone("Hello,\n\nPlease close our account at the end of the month. We've sold the business and I'm retiring, so it's purely a personal decision. You have looked after us well for the past six years.\n\nMany thanks,\nJune").unhappy).toBe(false);
    expect(analyzeTone("Hello,\n\nPlease close our account at the end of the month. Frankly the service has got worse every quarter and nobody answers the phone.\n\nJune").unhappy).toBe(true);
    expect(kinds('The software has served us really well for the past four years.')).not.toContain('elapsed');
    expect(kinds('We have been waiting for the past four weeks.')).toContain('elapsed');
  });

  it('anger at someone else, said not to be aimed at them', () => {
    const mail = (s: string) => `Hi Tom,\n\nOur finance director is livid about the card terminals failing again on Saturday, the third time this month. ${s} Could you look at what a replacement would cost?\n\nAnna`;
    expect(analyzeTone(mail('')).unhappy).toBe(true);
    for (const s of ['This is not aimed at you; the terminals belong to the bank.', "Bit of a rant, but not at you!", "That's entirely down to us: we chose the cheap terminals."]) {
      expect(analyzeTone(mail(s)).unhappy, s).toBe(false);
    }
  });

  it("the previous supplier, a council, a candidate's own decision, a passed-on customer", () => {
    expect(analyzeTone("Hi Sam,\n\nGreat to meet you. Our old agency has ignored us for weeks and the hosting login they gave us doesn't work. Honestly it has been a nightmare, and a big part of why we came to you. I'm still chasing them for the domain.\n\nLucy").unhappy).toBe(false);
    expect(analyzeTone("Hi Aidan,\n\nWell, that was a frustrating call. I've just come off the phone with the planning officer and the council moves the goalposts every time we speak to them. Could we talk options this week?\n\nConor").unhappy).toBe(false);
    expect(analyzeTone("Hi Nikhil,\n\nBad luck: our first choice has accepted a counter-offer from her employer. A bit gutted, to be honest. Could we restart the search?\n\nClaire").unhappy).toBe(false);
    expect(kinds("Forwarding a note from a member. He's clearly not happy! Could you check the payment logs?")).not.toContain('frustration');
    expect(kinds("Forwarding a note from a member. I'm clearly not happy! Could you check the payment logs?")).toContain('frustration');
  });

  it('a condition, a chase they want to avoid, their own mistake', () => {
    expect(kinds("Could someone check and, if it's an error, send a revised invoice?")).not.toContain('problem');
    expect(kinds('The invoice is wrong, please send a revised one.')).toContain('problem');
    expect(kinds("I'll hold it for now, just so we don't have to chase a refund.")).not.toContain('repeat-failure');
    expect(kinds('Why do I have to chase you for a refund?')).toContain('repeat-failure');
    expect(analyzeTone("Hello Mr Evans,\n\nI tried to install the VPN on the new laptop but at step 4 I get 'certificate not trusted'. Probably I am doing something wrong. Could you connect remotely for 15 minutes on Friday?\n\nThank you,\nPiotr").unhappy).toBe(false);
  });
});

describe('a complaint in plain words', () => {
  it('the second failure this quarter, a rejected consignment', () => {
    expect(kinds('This is the second excursion this quarter.')).toContain('repeat-failure');
    expect(kinds('This is the second invoice I have sent you.')).not.toContain('repeat-failure');
    expect(kinds('We have had to reject the full consignment.')).toContain('impact');
  });

  it('paying for a service and getting half, what they need to actually happen, wondering', () => {
    expect(kinds("We pay for a twice-weekly service and we're getting maybe half of it.")).toContain('service-failure');
    expect(kinds('I need the shortlist to actually match the brief.')).toContain('polite-anger');
    expect(kinds("I'm starting to wonder if we're reading the same job description.")).toContain('polite-anger');
    expect(kinds("I didn't want to be that client, but I need to flag this.")).toContain('polite-anger');
  });

  it('an invoice they never agreed to, held or formally disputed', () => {
    expect(kinds("I don't recall agreeing to this variation.")).toContain('service-failure');
    expect(kinds("I don't recall the name of the variation.")).not.toContain('service-failure');
    expect(kinds('Premium transfer, which we have never selected, is on the bill.')).toContain('service-failure');
    expect(kinds('We have instructed accounts payable to hold payment on all outstanding invoices.')).toContain('legal-threat');
    expect(kinds('Please treat this as a formal dispute under section 6.3.')).toContain('legal-threat');
    expect(kinds('Since you manage the carrier, can you raise a formal dispute with them on our behalf?')).not.toContain('legal-threat');
  });

  it('not going ahead with them, the exclusivity ended, weeks over, not delivered as agreed', () => {
    expect(kinds("We've decided not to go ahead with you for phase 2.")).toContain('churn-threat');
    expect(kinds("We're ending the exclusivity and briefing other agencies from Monday.")).toContain('churn-threat');
    expect(kinds('Phase 1 ran seven weeks over.')).toContain('broken-promise');
    expect(kinds("The service hasn't been delivered as agreed.")).toContain('broken-promise');
  });

  it('what they specifically flagged, thanks for finally replying, a boss held off', () => {
    expect(kinds('I am facing a penalty for something I specifically flagged.')).toContain('broken-promise');
    expect(kinds('Thanks for finally replying.')).toContain('sarcasm');
    expect(kinds('Thanks for replying so quickly.')).not.toContain('sarcasm');
    expect(kinds("I've tried to hold him off. Can you send me something I can take back to him by Thursday?")).toContain('escalation-request');
  });

  it('"Still waiting" above a quoted reminder and a dated promise of an answer', () => {
    const thread = (promise: string) => `Hi Marco,\n\nSee below. Still waiting.\n\nSabine\n\n-----Original Message-----\nFrom: Sabine\nAny news on this? Month-end is on the 28th.\n\n-----Original Message-----\nFrom: Marco\nThanks for the report. ${promise}`;
    expect(kinds(thread("I've passed this to the dev team and will get back to you by Friday with an update."))).toContain('repeat-failure');
    expect(kinds(thread("I've passed this to the dev team."))).not.toContain('repeat-failure');
  });
});
