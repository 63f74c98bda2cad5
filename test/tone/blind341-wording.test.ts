import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 71 (issue #4): what b2b-blind341, 342, 343 and 344 showed, and the review of rounds 68-71.
// Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('disappointed kids, their insurers, a drink poured into the piano', () => {
    expect(kinds("I'd rather be over-stocked than have a queue of disappointed kids.")).not.toContain('frustration');
    expect(kinds("I'm disappointed with the stock you sent.")).toContain('frustration');
    expect(mail("Our insurers came back this week and said our policy doesn't cover hired instruments, which nobody told us when we renewed. Could you tell me whether your hire agreement includes cover?").unhappy).toBe(false);
    expect(mail("Some of our Year 9s got into the hall and someone poured a drink into the piano, so several keys are stuck. How soon could you give us a quote?").unhappy).toBe(false);
  });

  it('ordinary sentences the review wrote against rounds 68-71', () => {
    for (const s of [
      'Two application dates have come and gone for the council grant, so we will try again next year.',
      "The last two invoices didn't need a PO number.",
      'Could your team cover the third late shift this week?',
      'The large capsules can be hard to swallow for some of our residents.',
      'We are moving our samples to the new laboratory on Monday.',
      "We're running a re-tender for catering next year and we'd welcome your bid.",
      'We have decided not to exercise the extension option on our warehouse lease.',
      "I've referred this to the University's Legal Services for the usual contract check.",
      "As we're a charity I'd expect VAT not to appear on the invoice.",
      'I have placed invoice INV-4410 on hold while our budget holder is on leave.',
      'Payment will be made once the goods are delivered, in line with our standard 30-day terms.',
      'No new orders will be placed with you over the Christmas shutdown.',
      'We are pausing payments to you pending receipt of your updated bank details.',
      "She said someone would call on Monday, but I'm out that day.",
      'The following deliveries were late because our loading bay was closed.',
      "I've copied in your MD as she asked to be kept in the loop.",
      'We are putting all supplier payments on hold, effective today, while we move to the new finance system.',
      "We rang on Monday, Wednesday and again on Friday to confirm numbers, and it's all sorted.",
      'Please ensure all records relating to the audit are preserved for seven years, as HMRC requires.',
      "If you can't supply the oat milk next week, let me know so I can source it elsewhere.",
      'Your email of 5 September confirmed delivery on the 12th, which is perfect.',
      "The last three orders weren't urgent, so standard delivery is fine.",
      'That was the second late finish this week for your crew, so please log the overtime.',
      'Following the acquisition we are moving the account to Harlow Group Ltd.',
      'We are moving our orders to the Leeds Services depot from next month.',
      "I've passed it to the Trust's legal office so the agreement can be signed.",
      'The agreement is clear on payment terms.',
      'Payment will be released when the final milestone is signed off.',
      'I have been asked not to make any further payments into our old account.',
      'No more purchase orders are to be raised to the old company name.',
      'Our site was closed for the holiday, so your cleaners did not attend on the following days: 24, 25 and 26 December.',
    ]) expect(mail(s).unhappy, s).toBe(false);
  });

  it('complaints the review found excused by rounds 68-70, still flagged', () => {
    for (const s of [
      "Your engineer says the tenant won't let him in, but the tenant was home all day. That's the third missed appointment and I'm fed up.",
      "He's had enough of the missed collections and so have I. This is the third week running.",
      "Nothing you've done so far has fixed the leak. It is still dripping and I am very disappointed.",
      'Your contractors left a real mess on our side of the site again. This is unacceptable.',
      "Your driver insisted there was nothing wrong with the goods. Half the crates were cracked and I'm not happy.",
      'Your reply had nothing to do with the invoice I queried. I have now asked three times for a credit.',
      'Your payment was declined by the bank because your system sent the wrong amount, again. This is the third time.',
    ]) expect(mail(s).unhappy, s).toBe(true);
  });
});

describe('complaints found', () => {
  it('arrival times against the booking, status suspended, account on hold, gone elsewhere', () => {
    expect(kinds('Crew arrival times over the last three weeks:\n\n- Mon 3 March, Cowper Road: booked 07:30, arrived 08:50\n- Wed 5 March, Elm Grove: booked 07:30, arrived 08:15\n\nPlease can you look into it.')).toContain('broken-promise');
    expect(kinds('Here are the actual arrival times for our deliveries. Our agreed window is 6:00 to 7:00.')).toContain('broken-promise');
    expect(kinds('Your status on our approved supplier list will change to "Suspended" from 1 December.')).toContain('churn-threat');
    expect(kinds("I've asked our finance team to place your account on hold pending a review.")).toContain('legal-threat');
    expect(kinds("I've had to go elsewhere for two of the last three quotes.")).toContain('churn-threat');
  });

  it('not the quality agreed, made it clear, not paying again, voicemails counted', () => {
    expect(kinds('This is not the quality we agree when we start with you.')).toContain('broken-promise');
    expect(kinds('The tuning was not at the level we agreed.')).toContain('broken-promise');
    expect(kinds('It is a safeguarding requirement and we made this very clear when we set up the contract.')).toContain('broken-promise');
    expect(kinds('We do not expect to pay again for this visit.')).toContain('blame');
    expect(kinds("I haven't had a reply for three weeks: two emails and four voicemails.")).toContain('repeat-failure');
  });
});
