import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 69 (issue #4): what b2b-blind325, 326, 327 and 328 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: someone else\'s failure, a fault report that asks for nothing', () => {
  it('"not happy with them" about their IT provider; a tenant who has had enough of their roofer', () => {
    expect(analyzeTone("Hi Sarah,\n\nOur IT provider has just told us they may only start disconnecting at 4pm on Friday. To be honest I'm not happy with them about it, and I'm chasing their account director.\n\nDoes that put the evening schedule at risk on your side?\n\nLorraine").unhappy).toBe(false);
    expect(kinds("To be honest I'm not happy with your crew about it.")).toContain('frustration');
    expect(analyzeTone("Hi Tom,\n\nSee below from one of our tenants. She's had enough, and fair enough, it's the third time. Our roofer keeps patching it and it keeps coming back, so I'd like a proper drone survey of the roof before we spend any more money.\n\nAny chance of next week?\n\nJas").unhappy).toBe(false);
  });

  it('a broken crate lid with no need to replace it; a tenant who will not let anyone in', () => {
    expect(analyzeTone("Hi Tom,\n\nJust so you know, one of the crates delivered yesterday (no. 0457) has a cracked lid hinge, so it won't close properly. We've put it by the door for your team to take back. We have plenty of others, so no need to replace it.\n\nBen").unhappy).toBe(false);
    expect(analyzeTone("Hi Natalie,\n\nI'm getting quite worried about flat 31: that's now the fourth attempt your team has made and the tenant still won't let anyone in. If we end up having to go down the legal route for access I'll need as much evidence as possible.\n\nHannah").unhappy).toBe(false);
    expect(analyzeTone("Hi Natalie,\n\nThat's now the fourth attempt your team has made to fit the closer and it still won't shut. If this isn't fixed this week we'll go down the legal route.\n\nHannah").unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('counts and dates that came and went', () => {
    expect(kinds("The last three invoices haven't matched the delivery notes.")).toContain('repeat-failure');
    expect(kinds("The last three invoices haven't been paid yet, our finance team missed them.")).not.toContain('repeat-failure');
    expect(kinds('Three collection dates have come and gone.')).toContain('broken-promise');
    expect(kinds('I asked for a new link on Monday, Wednesday and again yesterday.')).toContain('repeat-failure');
    expect(kinds('He said someone would be in touch on Monday, but I have heard nothing.')).toContain('broken-promise');
    expect(kinds('He said someone would be in touch on Monday to book the van.')).not.toContain('broken-promise');
  });

  it('worn patience, a re-tender, no more orders, payment held until the work is complete', () => {
    expect(kinds("Honestly it's getting a bit wearing.")).toContain('frustration');
    expect(kinds('Our Head of Safety has asked me to start scoping a re-tender when the contract ends.')).toContain('churn-threat');
    expect(kinds('He has asked that no further purchase orders be raised with Kestrel until this is resolved.')).toContain('churn-threat');
    expect(kinds('We are placing invoice INV-4102 (£8,640.00 + VAT) on hold.')).toContain('legal-threat');
    expect(kinds('Payment will be released once the complete deliverables have been received.')).toContain('legal-threat');
    expect(kinds("I'd also expect Tuesday not to appear on the invoice.")).toContain('blame');
  });
});
