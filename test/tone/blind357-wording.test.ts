import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 73 (issue #4): what b2b-blind357, 358, 359 and 360 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('their own former colleague lost the reports; a theft that happened twice on their street', () => {
    expect(mail("Slight panic here. Our auditor wants the full service history of our lifts for the last four years by the 12th, and I've found out our former site manager never filed the certificates you sent. They're nowhere on the shared drive.\n\nCould you send copies of everything since 2021?").unhappy).toBe(false);
    expect(mail("Our auditor wants the full service history by the 12th, and your engineers never filed the certificates for two of the four years, which we already raised in March. They're nowhere in the pack.").unhappy).toBe(true);
    expect(kinds('Is there a sturdier cage you would suggest, given this has now happened twice on our street?')).not.toContain('repeat-failure');
    expect(kinds('The engineer visit has now slipped twice.')).toContain('repeat-failure');
  });

  it('the order moved elsewhere in their own plan; pallets stored elsewhere; the client\'s own property lawyer', () => {
    expect(kinds('The order was cancelled by our customer, so we\'ll put it elsewhere in the plan.')).not.toContain('churn-threat');
    expect(kinds("We'll take the pallets elsewhere for storage.")).not.toContain('churn-threat');
    expect(kinds('And again, there is no rush on the spares.')).not.toContain('repeat-failure');
    expect(kinds("As I've said before, we love the new finish.")).not.toContain('repeat-failure');
    expect(kinds("There was no delivery that day because of the bank holiday.")).not.toContain('service-failure');
    expect(kinds('The label says pallet 3. Where is it? I can\'t see it on the trailer.')).not.toContain('exasperated-question');
  });
});

describe('complaints found', () => {
  it('an ultimatum to take the work elsewhere, an order cancelled and placed elsewhere, tools moved to another moulder', () => {
    expect(kinds("If PO 4410 isn't here by Friday we'll cancel it and take the work elsewhere.")).toContain('churn-threat');
    expect(kinds("If the parts aren't here by noon, the order is cancelled and we'll place it elsewhere.")).toContain('churn-threat');
    expect(kinds("We've decided to move the two cover tools to another moulder.")).toContain('churn-threat');
    expect(kinds("I'm done with revised dates.")).toContain('frustration');
    expect(kinds('No more promised dates please, just the castings.')).toContain('frustration');
  });

  it('counts and repeats: late on 9 of the last 14 orders, stood down twice, again no report, said before', () => {
    expect(kinds("We've had late deliveries on 9 of the last 14 orders.")).toContain('repeat-failure');
    expect(kinds("We've placed 9 of the last 14 orders with you.")).not.toContain('repeat-failure');
    expect(kinds('The fitters have now been stood down twice.')).toContain('repeat-failure');
    expect(kinds("But again there's no test certificate with them.")).toContain('repeat-failure');
    expect(kinds("We've said before that we can't sign off samples without a layout.")).toContain('repeat-failure');
  });

  it('what was quoted or agreed set against what came, said plainly or in a second language', () => {
    expect(kinds("Ten working days was the quote. We're on day sixteen.")).toContain('broken-promise');
    expect(kinds('This is not according the limit sample which we have approved in July.')).toContain('broken-promise');
    expect(kinds('The parts came loose in the carton and not in the trays like agreed.')).toContain('broken-promise');
    expect(kinds('The trays came like agreed.')).not.toContain('broken-promise');
    expect(kinds('They were also "ready" on 3 May, 10 May and 17 May, according to your updates.')).toContain('broken-promise');
  });

  it('invoiced for a visit that never happened; a batch rejected; lawyer informed; costs charged back; sarcasm', () => {
    expect(kinds('We have your invoice for the service on the 4th. There was no visit that day.')).toContain('service-failure');
    expect(kinds('Our customer has rejected 40 of the 120 frames from your batch for runs.')).toContain('service-failure');
    expect(kinds('I have informed also our general manager and our lawyer.')).toContain('legal-threat');
    expect(kinds('We will charge you all costs for the new frames and transport.')).toContain('legal-threat');
    expect(kinds("I'm sure there's a fascinating story behind it.")).toContain('sarcasm');
    expect(kinds("If you could tell me which day they'll actually arrive, I'll tell the fitters.")).toContain('exasperated-question');
    expect(mail('Still nothing on PO 7720. Due Monday. Where are they?').unhappy).toBe(true);
  });

  it('a dry "good news … less good news" across two sentences is sarcasm, not calm', () => {
    const r = mail("Good news: the brackets arrived on time, for once. Less good news: they've been machined to the old revision. What would you like me to do with the 40 wrong ones?");
    expect(r.unhappy).toBe(true);
  });
});
