import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 18 (issue #4): what b2b-blind21 showed missing, and ordinary mail about trouble with a cause of its
// own (a power cut, the bank, a tax portal, a provider's change, a rude guest). Sentences written for this
// test, each beside a look-alike.

describe('understated complaints', () => {
  it('less great; a ticket a month old; an actual update', () => {
    expect(kinds('Great news that the promo is live. Less great that it also went to the unsubscribed list.')).toContain('sarcasm');
    expect(kinds('Just a reminder that ticket #88213 turns one month old today.')).toContain('sarcasm');
    expect(kinds('Would be great to get an actual update.')).toContain('polite-anger');
    expect(kinds('Our office turns ten years old this week, come and celebrate!')).not.toContain('sarcasm');
  });

  it('the first thing discussed; work never done', () => {
    expect(kinds('It was literally the first thing we discussed in onboarding.')).toContain('broken-promise');
    expect(kinds('No mulch was delivered or spread.')).toContain('broken-promise');
    expect(kinds('The hedges have not been touched since August.')).toContain('broken-promise');
    expect(kinds('A few line items don’t match what happened.')).toContain('problem');
    expect(kinds('No changes were needed after the review.')).not.toContain('broken-promise');
  });

  it("lawyers who will ask; stop until we've talked; a morning spent apologising; double-booked", () => {
    expect(kinds("I'd like that in writing before our legal team asks me for it.")).toContain('legal-threat');
    expect(kinds("Please don't send anything else from our account until we've talked.")).toContain('polite-anger');
    expect(kinds("I've spent my morning apologising to strangers.")).toContain('impact');
    expect(kinds('The front desk said the room had been double-booked.')).toContain('service-failure');
    expect(kinds('Our legal team reviewed the contract and it is fine.')).not.toContain('legal-threat');
  });
});

describe('trouble with a cause of its own', () => {
  it('a power cut, then the same trouble told on', () => {
    const r = analyzeTone('We had a power outage this morning and the UPS ran out. Since then the file server will not boot. It powers on but shows "No bootable device found". Staff cannot access the shared folders. Please can someone look at it today. Let me know what you need from our side.');
    expect(r.unhappy).toBe(false);
  });

  it("a provider's announced change behind a list of errors", () => {
    const r = analyzeTone('Stripe emailed us last night saying they are deprecating the old API version, and since this morning some payments are failing.\n\n- 7 failed card payments\n- Apple Pay button broken\n- Orders page throws a 500 error\n\nCould you take a look when you get a chance today? Happy to jump on a call.');
    expect(r.unhappy).toBe(false);
  });

  it('the bank on hold, the tax portal crashing, a rude guest, an expert seconded', () => {
    expect(analyzeTone('Our bank rejected the payroll file. I called the bank hotline and was on hold for 45 minutes then got disconnected. Very frustrating. Can you check whether the file needs a new layout?').unhappy).toBe(false);
    expect(analyzeTone("SARS eFiling crashed twice halfway through. The second time it logged me out and now I can't open the return. Can you take it over from your side?").unhappy).toBe(false);
    expect(analyzeTone("The food was outstanding. I heard from one of your servers that a guest at table 11 was incredibly rude to her. That guest is a board member's husband and, frankly, this isn't the first time. We'll book you again.").unhappy).toBe(false);
  });

  it('a cause does not clear a message that names the recipient as the one at fault', () => {
    const r = analyzeTone("We had a power cut on Monday. Your engineer was meant to fit the UPS in March and never came. Nobody has called since and it's now Friday.");
    expect(r.unhappy).toBe(true);
  });
});
