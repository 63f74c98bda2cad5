import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 37 (issue #4): what b2b-blind75, 76 and 77 showed. Sentences written for this test, each beside a look-alike.

describe('moving it up and out', () => {
  it('their own senior person copied in over it, or a call at director level', () => {
    expect(kinds("I'm now copying in Priya Shah, our Operations Director, as this has dragged on.")).toContain('escalation-request');
    expect(kinds("I've copied in Priya, our finance director, who will sign the order.")).not.toContain('escalation-request');
    expect(kinds('I think this now needs a conversation at partner level.')).toContain('escalation-request');
    expect(kinds('Honestly, this has gone on long enough.')).toContain('frustration');
  });

  it('quotes from other firms, another firm asked to finish it', () => {
    expect(kinds('The board has asked me to get quotes from three other agencies for the next phase.')).toContain('churn-threat');
    expect(kinds('Procurement have asked me to get quotes from two other suppliers, as standard.')).not.toContain('churn-threat');
    expect(kinds('If it is not signed by Friday we will ask another firm to complete it.')).toContain('churn-threat');
  });

  it('legal counsel involved, a formal letter to follow, payment held by the finance director', () => {
    expect(kinds('Our DPO and general counsel are now involved.')).toContain('legal-threat');
    expect(kinds('Our DPO will be involved in the kick-off.')).not.toContain('legal-threat');
    expect(kinds('You should expect a formal letter from us this week.')).toContain('legal-threat');
    expect(kinds("She's not releasing payment on the March invoice until the defects are closed.")).toContain('legal-threat');
  });
});

describe('the record set against the work', () => {
  it('against the agreed figure, the contract has it as, the agreed figure was', () => {
    expect(kinds('Response times averaged 9 hours against an agreed 4.')).toContain('broken-promise');
    expect(kinds('The site scored 64% against the 85% target this month.')).toContain('broken-promise');
    expect(kinds('The contract has it as fortnightly, both floors.')).toContain('broken-promise');
    expect(kinds('The agreed price was £12,400, and the invoice says £14,900.')).toContain('broken-promise');
    expect(kinds('The agreed price is £12,400; please raise the PO.')).not.toContain('broken-promise');
  });

  it('their sheet says done; "You agreed."; no improvement; not tested; signed off without', () => {
    expect(kinds('The worksheet says "completed" and nothing was touched.')).toContain('broken-promise');
    expect(kinds('We asked for the drafts a week before the board. You agreed.')).toContain('broken-promise');
    expect(kinds('You agreed to send the drafts a week before the board, which helped a lot.')).not.toContain('broken-promise');
    expect(kinds('Two patches later there is no noticeable improvement.')).toContain('service-failure');
    expect(kinds('The build clearly was not tested on older iPhones.')).toContain('service-failure');
    expect(kinds('How was the release signed off without a single regression run?')).toContain('service-failure');
  });

  it('the second month running, not a third, three account managers in a year', () => {
    expect(kinds('This is the third month running the report has been late.')).toContain('repeat-failure');
    expect(kinds('Please tell me what changes so there is not a third.')).toContain('repeat-failure');
    expect(kinds("We've had four account managers in eight months.")).toContain('repeat-failure');
    expect(kinds("We've had four new starters in eight months.")).not.toContain('repeat-failure');
  });

  it('their own note, straight answers, how it happened, in their scope, full rate for what', () => {
    expect(kinds("It's in your own minutes of the 3rd.")).toContain('polite-anger');
    expect(kinds("I don't feel we're getting straight answers.")).toContain('polite-anger');
    expect(kinds("I don't understand how this was missed.")).toContain('polite-anger');
    expect(kinds("I don't understand how the new VAT rules apply to us.")).not.toContain('polite-anger');
    expect(kinds("Snow clearance is in your scope, isn't it?")).toContain('polite-anger');
    expect(kinds("We're paying the full rate for what is a trainee.")).toContain('polite-anger');
    expect(kinds('Could we talk about whether the current retainer is working?')).toContain('polite-anger');
  });

  it('a bold choice; lovely to hear it from someone else', () => {
    expect(kinds('Jet-washing the car park during the open day was certainly a bold choice.')).toContain('sarcasm');
    expect(kinds('Great to hear from the other side that the bundle went out.')).toContain('sarcasm');
    expect(kinds('Great to hear from you that the bundle went out.')).not.toContain('sarcasm');
  });
});

describe('the sender’s own side', () => {
  it('an unpaid invoice is the payer’s problem; their own mess; their guidelines followed exactly', () => {
    expect(analyzeTone("Dear Ms Ito,\n\nI'm sorry that your invoices for March have not yet been paid. Our bank rejected the batch. This was entirely an issue on our side.\n\nThe payment goes again today.\n\nKind regards,\nPaul").unhappy).toBe(false);
    expect(analyzeTone("Hi Jo,\n\nThe colours came from our own brand book, which your designers followed exactly. Our MD just hates them, which is entirely our mess.\n\nCould you mock up two alternatives?\n\nThanks,\nKit").unhappy).toBe(false);
  });

  it('a customer of theirs threatening court; a bank that missed its date, which they could do nothing about', () => {
    expect(kinds("Forwarding a note from a customer. He's threatening small claims over the delay.")).not.toContain('legal-threat');
    expect(kinds("We're threatening small claims over the delay.")).toContain('legal-threat');
    expect(analyzeTone("Hi Felix,\n\nThe bank still hasn't released the funds, despite promising them for Monday. Nothing you could have done about that.\n\nCould you nudge their legal team?\n\nThanks,\nAna").unhappy).toBe(false);
  });

  it('"the paper" is a newspaper, not paper towels', () => {
    expect(kinds("I've now asked three times for the paper towel dispensers to be filled.")).toContain('repeat-failure');
  });
});
