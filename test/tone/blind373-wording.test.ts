import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 75 (issue #4): what b2b-blind373, 374, 375 and 376 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('the main contractor running late; their own storm; waiting on the channel; their client unhappy with the design', () => {
    expect(mail("Before Monday's meeting: the main contractor has told us the roof works are running about three weeks late, so the hall won't be ready for your planned start. We're quite concerned about the opening.\n\nCould you look at what a later start would mean at your end?").unhappy).toBe(false);
    expect(mail('Your fitters are running about three weeks late, so the hall still has no cases in it. We are quite concerned about the opening.').unhappy).toBe(true);
    expect(kinds('So the edit will be two days late, realistically Thursday.')).not.toContain('broken-promise');
    expect(kinds('The edit was two days late.')).toContain('broken-promise');
    expect(mail("I've asked the channel whether they'll accept the files as they are but haven't heard back.\n\nCould you give me a rough idea of the cost of conforming them, just in case?").unhappy).toBe(false);
    expect(mail("Forwarding the below for context – please don't read it as a complaint about the model. It's really our client being unhappy with the design, which is our problem to sort out.\n\nCould you hold the workshop time for us in March?").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('what was ordered set against what came; the same overcharge on other invoices', () => {
    expect(kinds('The order (PO 5512) was clearly for SDH to the access spec.')).toContain('broken-promise');
    expect(kinds('Please confirm when we will receive files that actually meet the spec.')).toContain('broken-promise');
    expect(kinds("I've since noticed the same rounding up on INV-3052 and INV-3060.")).toContain('repeat-failure');
    expect(kinds('Please reissue all three at the correct runtime.')).toContain('service-failure');
    expect(kinds("I'm afraid the finish isn't up to the standard we've had from you before.")).toContain('disappointment');
  });

  it('recovering a penalty, the legal team, logs to be kept; other providers; the fourth revised date; out of ways to explain', () => {
    expect(kinds('We intend to recover the penalty from you.')).toContain('legal-threat');
    expect(kinds("I've passed the agreement and the correspondence to our legal team.")).toContain('legal-threat');
    expect(kinds("I've passed the drawings to our site team.")).not.toContain('legal-threat');
    expect(kinds('Please do not delete any logs or project files relating to this episode.')).toContain('legal-threat');
    expect(kinds("We're talking to other captioning providers this week.")).toContain('churn-threat');
    expect(kinds('This is the fourth revised date this series.')).toContain('repeat-failure');
    expect(kinds("I've run out of ways to explain it to the channel.")).toContain('frustration');
    expect(kinds('Tracking number please, not another ETA.')).toContain('polite-anger');
  });

  it('dry sarcasm: a scenic tour, a holiday, a new feature, the rowing boat, "dispatched" again', () => {
    expect(kinds('Good to know the vinyl is enjoying a scenic tour of the Midlands.')).toContain('sarcasm');
    expect(kinds('The team is enjoying a well-earned break after the launch.')).not.toContain('sarcasm');
    expect(kinds('When the parcel finishes its holiday, let me know.')).toContain('sarcasm');
    expect(kinds('It would be lovely if someone could actually tell us when it is arriving.')).toContain('sarcasm');
    expect(kinds("Two of the balconies were in a bag marked 'spares', which I assume is a new feature.")).toContain('sarcasm');
    expect(kinds("I assume they're coming by rowing boat.")).toContain('sarcasm');
    expect(kinds('Good to know the injectors have now been "dispatched" for the third time.')).toContain('sarcasm');
    expect(kinds('Good to know the new range is in stock.')).not.toContain('sarcasm');
    expect(kinds("The model arrived this morning. Most of it, anyway.")).toContain('sarcasm');
  });
});

describe('review of rounds 73 and 74: ordinary sentences the new branches matched, complaints the new owner patterns hid', () => {
  const calm = (s: string) => analyzeTone(`Hi Sam,\n\nQuick note on the spring order. ${s} Everything else is on track.\n\nThanks,\nJo`);
  it('ordinary sentences stay unflagged', () => {
    for (const s of [
      "We're putting our account on hold until the new budget is approved in April.",
      "As agreed, we'll recharge you for all freight costs on the samples.",
      "Invoices won't be paid until the 30th, as that's our usual payment run.",
      "They won't be paid until our new finance system goes live next month, sorry.",
      "Our accounts team is holding all their invoices until the audit of the old cleaning contractor is finished.",
      "We're not paying a fee for the tickets, are we? Just checking.",
      "We are not paying any delivery charge on this order as it's over the threshold, just confirming.",
      "Our loading bay is being resurfaced on Friday, so we can't accept the delivery like this, please split it.",
      "We've informed our property solicitors that the move is now 1 June.",
      "I've told the conveyancing solicitors we'll exchange on Friday.",
      "We've also instructed our employment lawyers on the restructure.",
      "We had a quote from another manufacturer last year, but yours was better, so we're happy to go ahead.",
      "For comparison we got quotes from other distributors too, and you came out best.",
      "We're moving our packing line to a different plant in March.",
      "We'll be placing the resin order with another plant in our group this quarter.",
      "If you're fully booked that week, no problem, we'll take the work elsewhere this time.",
      "The Leeds launch got cancelled, so we'll put them elsewhere, probably reception.",
      "Could you not invoice until March like we agreed?",
      "Please do not deliver before 9 like we agreed, as the gates are locked.",
      "This is the chap you told me about, he starts on Monday.",
      "Nobody said anything about a dress code, so I assume smart casual is fine?",
      "As I've said before, we're closed on Fridays, so deliveries need to be Monday to Thursday.",
      "But again, there's no deadline on this.",
      "There was no service on the morning of the 12th, we had cancelled it ourselves.",
      "Sorry for the mix-up with the PO number; we'll make sure it doesn't happen again.",
      "Thanks for letting us know that it's ready, we're delighted.",
      "I'm sure there's a fascinating story behind the name, I'd love to hear it.",
      "If that's the new standard finish, we love it.",
      "The good news is we've won the contract; the less good news is we need the stands by Friday.",
      "I'd be interested to understand how the pricing works for larger volumes.",
      "Of the 8 sites visited, 3 had no parking.",
      "It's the third leak this year in our office, the landlord is hopeless.",
      "Our haulier was delayed on two of the last five loads, so we're switching hauliers.",
      "It's clearly happened in transit, I'll raise a claim with the courier we booked.",
      "We rejected two of the 5 designs in your proposal, but loved the rest.",
    ]) expect(calm(s).unhappy, s).toBe(false);
  });

  it('complaints stay flagged', () => {
    for (const s of [
      "Our previous account manager never returned a single call, and the order is now three weeks late.",
      "The courier that we booked was from your approved list, and it is the third late delivery this month.",
      "Because of a fault at the mill, apparently, we are now four weeks late and still without a date, which is not acceptable.",
      "Our stockholder rejected the last two loads of beams because the welds failed inspection yet again.",
    ]) expect(mail(s).unhappy, s).toBe(true);
  });

  it('a forward is endorsed only by agreeing with it, and only its own text is read', () => {
    const fwd = (top: string, below: string) => analyzeTone(`${top}\n\nPaul\n\n---------- Forwarded message ---------\nFrom: Tom Reed\nSubject: venue\n\n${below}\nTom`);
    expect(fwd("Tom thinks we should book your venue this year instead, and I agree with him.", "The Grand was a shambles again: cold food, no staff, and they still billed us twice.").unhappy).toBe(false);
    expect(fwd("See below from our site manager. I'm passing it on as is, because I agree with him.", "Third late delivery this month and still no call from your office. Not acceptable.").unhappy).toBe(true);
  });
});
