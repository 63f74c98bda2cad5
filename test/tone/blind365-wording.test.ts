import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { maskNonBody } from '../../lib/tone/body';
import { cueKinds as kinds } from './cue-kinds';

// Round 74 (issue #4): what b2b-blind365, 366, 367 and 368 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('a call-off against a blanket order; the haulier the client booked; their stockholder and the mill', () => {
    expect(kinds('Please find attached PO 4471 for the following call-off against our blanket order:')).not.toContain('broken-promise');
    expect(kinds('You sent 300 against our clear instructions for 200.')).toContain('broken-promise');
    expect(mail("Bad news – the carrier we booked (collection, on our account) has lost one of the three pallets from your DN 5120. They've been \"searching\" since Monday. To be clear, this is between us and them – your side was fine.\n\nCould you squeeze in a repeat run this week? We'll raise a new PO.").unhappy).toBe(false);
    expect(mail("Our timber stockholder has let us down badly: the joists were due last Monday and only arrived today because of a fire at the mill. Our customer is furious with us.\n\nIs there any chance of a quick turnaround on the treatment?").unhappy).toBe(false);
    expect(mail('Your driver has let us down badly: the joists were due last Monday and only arrived today.').unhappy).toBe(true);
  });

  it('the supplier\'s credit hold asked off; the client\'s own seasonal hold; curiosity; no faults found', () => {
    expect(kinds("Please don't put the account on hold; it will clear on Friday.")).not.toContain('legal-threat');
    expect(kinds("We're putting our account on hold over the summer while the shop is shut.")).not.toContain('legal-threat');
    expect(kinds("I'd be interested to know how the new coating does in salt spray.")).not.toContain('polite-anger');
    expect(kinds('Of the 20 valves tested, 3 had no faults at all and the rest only needed new seals.')).not.toContain('problem');
  });

  it('a forwarded complaint is read only when the forwarder takes it as their own', () => {
    const forward = (top: string) =>
      `${top}\n\nPaul\n\n---------- Forwarded message ---------\nFrom: Graham Tate\nTo: Paul Render\nSubject: lights\n\nThat's the third breakdown this month and we still haven't got a date. Tell them accounts are holding every one of their invoices.\nG`;
    const endorsed = forward("Dan – see below from our MD. I'm passing it on as is, because frankly I agree with him.");
    const plain = forward('Dan – see below from our MD, for your information.');
    expect(maskNonBody(endorsed)).toContain('third breakdown this month');
    expect(maskNonBody(endorsed)).not.toContain('Graham Tate');
    expect(maskNonBody(plain)).not.toContain('third breakdown this month');
    expect(analyzeTone(endorsed).unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('refuses a price increase or a charge, rejects goods, holds invoices', () => {
    expect(kinds("I'm not paying an increase on an order you've already confirmed.")).toContain('legal-threat');
    expect(kinds('Nobody said anything about the price being provisional.')).toContain('broken-promise');
    expect(kinds("I don't think it's reasonable for us to pay for that.")).toContain('polite-anger');
    expect(kinds('Could you please remove the charge and reissue the invoice.')).toContain('problem');
    expect(kinds("We can't accept these as they are.")).toContain('legal-threat');
    expect(kinds("We can't accept the delivery before 8am.")).not.toContain('legal-threat');
    expect(kinds("They won't be paid until we have the complete certification pack.")).toContain('legal-threat');
    expect(kinds('we are putting our account with you on hold with immediate effect.')).toContain('legal-threat');
    expect(kinds('we will be claiming every cost we incur against you')).toContain('legal-threat');
    expect(kinds("As agreed, we'll recharge you for all freight costs on the samples.")).not.toContain('legal-threat');
  });

  it('counts, repeats and waits: third breakdown this month, 7 of the last 11 late, sat at the gate, 0 of 2,400', () => {
    expect(kinds("That's the third breakdown this month.")).toContain('repeat-failure');
    expect(kinds('Of the last 11 jobs, 7 were late.')).toContain('problem');
    expect(kinds('Of the 14 gate valves, 9 had no flange protectors.')).toContain('problem');
    expect(kinds('Three of the 40 beams had deep fork scrapes through the coating.')).toContain('problem');
    expect(kinds('Our driver has been sat at your gate for 2 hours.')).toContain('service-failure');
    expect(kinds('We have also received 0 of the 2,400 pcs that were due.')).toContain('service-failure');
    expect(kinds('Please make sure this doesn\'t happen again.')).toContain('frustration');
    expect(kinds('As it stands, the batch is rejected.')).toContain('service-failure');
  });

  it('their own words set against what came; blame for damage in transit; churn by a rival quote', () => {
    expect(kinds('This is the pack you told me on Friday had been checked twice.')).toContain('broken-promise');
    expect(kinds('The driver has been sat here an hour and been told the steel "isn\'t out of the bath yet".')).toContain('broken-promise');
    expect(kinds('They were perfect when they left us.')).toContain('blame');
    expect(kinds("It's clearly happened after dipping.")).toContain('blame');
    expect(kinds("I've had a quote from another plant offering a guaranteed 5-day turnaround.")).toContain('churn-threat');
    expect(kinds("I'd be interested to understand how those readings were taken.")).toContain('polite-anger');
  });

  it('sarcasm: sarcastic thanks for a quoted claim, the new definition, optional finishing, the less good news', () => {
    expect(kinds('Thanks for letting me know the gaskets are "on their way".')).toContain('sarcasm');
    expect(kinds("If that's the new definition, fair enough.")).toContain('sarcasm');
    expect(kinds("I'm assuming fettling was optional this week.")).toContain('sarcasm');
    expect(kinds("The good news is they're definitely galvanised. The slightly less good news is that every post has a drip.")).toContain('sarcasm');
  });
});
