import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 17 (issue #4): what b2b-blind20 showed missing — the day named flatly, the fee set against the
// invoice, leverage and the next phase, dry politeness — and trouble that is the sender's own or a third
// party's. Sentences written for this test, each beside a look-alike.

describe('the agreement set against what came', () => {
  it('the day named flatly', () => {
    expect(kinds("Graham said someone would ring me back on Tuesday. It's Friday.")).toContain('broken-promise');
    expect(kinds("It's Friday! Have a lovely weekend.")).not.toContain('broken-promise');
  });

  it('the fee fixed, the invoice higher; weeks planned and weeks taken', () => {
    expect(kinds('The engagement letter fixes the fee for the audit at EUR 48,500. The invoice shows EUR 61,200 in fees.')).toContain('broken-promise');
    expect(kinds('We had 6 weeks planned and it took 10.')).toContain('broken-promise');
    expect(kinds('The engagement letter fixes the fee at EUR 48,500, payable in two parts.')).not.toContain('broken-promise');
  });

  it('what they were hired for; the clause; the minimum promised; what the confirmation stated', () => {
    expect(kinds("The journey map doesn't include the returns flow, which was the main reason we hired you.")).toContain('broken-promise');
    expect(kinds('Nobody discussed it with us in advance, as section 4.3 of the letter requires.')).toContain('broken-promise');
    expect(kinds('The proposal specified a minimum of 1,500 completed responses.')).toContain('broken-promise');
    expect(kinds('Your booking confirmation clearly stated "temperature-controlled handling throughout".')).toContain('broken-promise');
    expect(kinds('The proposal covered three workshops and a final report.')).not.toContain('broken-promise');
  });

  it("told it was fixed, and it clearly isn't; nobody at your firm flagged it; the embargo broken", () => {
    expect(kinds("You told me two weeks ago it was fixed. It clearly isn't.")).toContain('broken-promise');
    expect(kinds('Nobody at your firm flagged that exclusion to us.')).toContain('broken-promise');
    expect(kinds('The embargo was breached a day early.')).toContain('broken-promise');
    expect(kinds('Nobody at our firm noticed it either, so no harm done.')).not.toContain('broken-promise');
  });
});

describe('what the client does about it', () => {
  it('holds invoices until it is put right', () => {
    expect(kinds('We will not process any further invoices till this is done.')).toContain('legal-threat');
    expect(kinds("I'm not paying the September invoice until I'm confident the data is right.")).toContain('legal-threat');
    expect(kinds('Until then the invoice remains blocked in our system.')).toContain('legal-threat');
    expect(kinds('We will process the invoice on Friday.')).not.toContain('legal-threat');
  });

  it('the next phase elsewhere, no new bookings, the rest of the engagement in question', () => {
    expect(kinds('So we are not going to continue directly into Phase 2 with you.')).toContain('churn-threat');
    expect(kinds('We will put Phase 2 out to a small tender next month.')).toContain('churn-threat');
    expect(kinds("We will be taking this year's renewal to market with other brokers.")).toContain('churn-threat');
    expect(kinds('Until this matter is clarified we cannot place new bookings with your company.')).toContain('churn-threat');
    expect(kinds("We'll talk about the rest of the engagement after that.")).toContain('churn-threat');
    expect(kinds("We won't be needing the edit anymore.")).toContain('churn-threat');
    expect(kinds('We are not going to continue the meeting after 5pm.')).not.toContain('churn-threat');
  });

  it('the cost to them', () => {
    expect(kinds("Two surgeries haven't been able to open imaging since Monday and I've had to rebook patients.")).toContain('impact');
    expect(kinds('I have spent the last 14 hours with our lawyers explaining to the exchange what happened.')).toContain('impact');
    expect(kinds('We are now looking at roughly £140k of uninsured loss.')).toContain('impact');
  });

  it('billed for more than was done; an auto-reply and nothing else', () => {
    expect(kinds('Please send an invoice reflecting the work actually delivered.')).toContain('service-failure');
    expect(kinds('Both times I received an auto-reply and nothing else.')).toContain('service-failure');
  });
});

describe('dry politeness', () => {
  it('sarcastic thanks drop the kindness they carry', () => {
    const text = 'Thanks for the September coverage report – I can see a lot of effort went into the formatting.';
    expect(kinds(text)).toContain('sarcasm');
    expect(kinds(text)).not.toContain('calm');
    expect(kinds('Thanks for the report, it reads well.')).toContain('calm');
    expect(kinds('Very helpful, considering the campaign went live on Monday.')).toContain('sarcasm');
  });

  it("done being the one who finds the problems", () => {
    expect(kinds("I'm done being the one who finds these problems.")).toContain('frustration');
    expect(kinds("I'm done with the slides, sending them now.")).not.toContain('frustration');
  });

  it('a gentle reminder before the date is not a chase', () => {
    expect(kinds('Just a gentle reminder that the draft report is due on the 22nd.')).not.toContain('polite-anger');
    expect(kinds('A gentle reminder that we are still waiting for the draft.')).toContain('polite-anger');
  });
});

describe("someone else's trouble", () => {
  it("the sender's own mistake, a patient's lawyer, a councillor's claims", () => {
    expect(analyzeTone("Apologies – that's our mistake. The HS code on the commercial invoice is wrong. Corrected invoice attached. Thanks for catching it.").unhappy).toBe(false);
    expect(analyzeTone("A patient is claiming our crown caused nerve damage, and his attorney sent us a letter yesterday. Is this covered under our policy? Please treat this as time-sensitive.", { subject: 'Patient threatening legal action – coverage question' }).unhappy).toBe(false);
    expect(analyzeTone("Our internal audit completed its review and the result is poor. That is our failure – we grew faster than our processes. Could we schedule an hour to talk about remediation?").unhappy).toBe(false);
  });
});
