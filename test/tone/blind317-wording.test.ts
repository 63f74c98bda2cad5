import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { measure } from '../../lib/tone/measure';
import { cueKinds as kinds } from './cue-kinds';

// Round 68 (issue #4): what b2b-blind317, 318, 319 and 320 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is the client\'s bank, people or weather', () => {
  it('the bank migrated their accounts or returned the payment; "nothing you\'ve done"; "nothing to do with the invoice"', () => {
    expect(analyzeTone("Hi Jo,\n\nThe payment we sent on Friday has bounced. Our bank moved our account to a new platform last week and lost half our payee details. Absolutely useless.\n\nWe'll resend on Wednesday. Sorry for the delay, it's nothing you've done.\n\nAmanda").unhappy).toBe(false);
    expect(analyzeTone("Hi team,\n\nOur payment for invoice 3345 was returned by our bank. They've migrated us to a new system and a batch of supplier payments failed. Absolute shambles on their end, I'm afraid. It's been re-sent today.\n\nPatricia").unhappy).toBe(false);
    expect(analyzeTone("Hi Sarah,\n\nPayment for invoice 118 will be about a week late. Our bank is migrating our business accounts to a new platform. Annoying, sorry, it's nothing to do with the invoice itself, which has been approved.\n\nDerek").unhappy).toBe(false);
    // A headache "at their end" inside a complaint is still a complaint.
    expect(analyzeTone("Hi Nadia,\n\nThe completion statement has come through with the old purchase price again. That's the second version with the same mistake, and our treasury team have set up the transfer twice from the wrong figure, which has been a headache at their end.\n\nChris").unhappy).toBe(true);
  });

  it('their own stores, their own employee, their own system, a wind warning', () => {
    expect(kinds('This is the second time this term our goods-in has misplaced something.')).not.toContain('repeat-failure');
    expect(kinds('This is the second time this term your driver has misplaced something.')).toContain('repeat-failure');
    expect(analyzeTone("Hi Lucy,\n\nI need to report damage on RA 7830056. Yesterday our employee, Tom Gibbs, reversed into a bollard. It was entirely his fault. The rear bumper is dented and the parking sensor isn't working.\n\nCould you let me know the next steps?\n\nSiân").unhappy).toBe(false);
    expect(analyzeTone("Hi Anita,\n\nBad weekend. One of our freezers failed and the alarm never went out because of a fault in our building management system. We've lost most of our enzyme stocks.\n\nI need to replace the attached list as quickly as possible. What can you ship for tomorrow?\n\nTobias").unhappy).toBe(false);
    expect(analyzeTone("Hi Paul,\n\nWith the amber wind warning for tomorrow, six staff are in your cars crossing the Pennines. Could you confirm the breakdown number they should use, and whether they're covered if they get stuck?\n\nMark").unhappy).toBe(false);
    expect(kinds("Could you let me know what the cancellation terms would be if we've already raised the PO?")).not.toContain('repeat-failure');
    expect(kinds("We've already raised this with your support desk twice.")).toContain('repeat-failure');
  });
});

describe('complaints found', () => {
  it('payments held, paused or released only against the credits', () => {
    expect(kinds('Our FD has told me not to release any further payments to you until the credits are on the account.')).toContain('legal-threat');
    expect(kinds('We are putting all outstanding invoices on account 20331 on hold, effective today.')).toContain('legal-threat');
    expect(kinds('Payment will be released once the credit notes are on our account.')).toContain('legal-threat');
    expect(kinds('Following the outage, we are pausing all payments to you pending a review of the contract.')).toContain('churn-threat');
    expect(kinds('Payment will be released once the goods are received.')).not.toContain('legal-threat');
    expect(kinds('We are putting the order on hold while we finish the refit.')).not.toContain('legal-threat');
  });

  it('no extension, preferred status suspended, other providers invited, sourcing elsewhere', () => {
    expect(kinds('The University has decided not to exercise the extension option on the framework.')).toContain('churn-threat');
    expect(kinds('Your preferred-supplier status for the Faculty has been suspended, pending a review.')).toContain('churn-threat');
    expect(kinds('Researchers will be directed to alternative suppliers until the review is complete.')).toContain('churn-threat');
    expect(kinds('Procurement will run a tender, and we will be inviting other providers.')).toContain('churn-threat');
    expect(kinds('Give me a date you are confident in, or tell me so I can source elsewhere.')).toContain('churn-threat');
    expect(kinds('We will be inviting other departments to the launch.')).not.toContain('churn-threat');
  });

  it('legal services and records to be preserved', () => {
    expect(kinds("I have referred the matter to the University's Legal Services office.")).toContain('legal-threat');
    expect(kinds('Please ensure that all records relating to this shipment are preserved.')).toContain('legal-threat');
    expect(kinds('All records relating to the old site were archived last year.')).not.toContain('legal-threat');
  });

  it('promised dates one after another, still crashing, the contract is clear, not ours to catch', () => {
    expect(kinds('Filtered tips: promised 24 Jan, then 31 Jan, then 7 Feb. Not received.')).toContain('broken-promise');
    expect(kinds('Still crashing on launch for anyone on iOS 16.')).toContain('broken-promise');
    expect(kinds('Our contract is very clear that nothing goes live without written approval.')).toContain('broken-promise');
    expect(kinds("We shouldn't be the ones catching these regressions.")).toContain('broken-promise');
    expect(measure('Could you check whether the meeting is still happening on Friday afternoon?').bodyCues.map((c) => c.kind)).not.toContain('broken-promise');
  });
});
