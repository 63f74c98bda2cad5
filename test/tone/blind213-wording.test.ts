import { describe, expect, it } from 'vitest';
import { cueKinds as kinds } from './cue-kinds';

// Round 55 (issue #4): what b2b-blind213, 214, 215 and 216 showed (no false alarms there). Sentences written for this test, each beside a look-alike.

describe('complaints found', () => {
  it('the quote accepted, the dates given, the brief, confirmed in writing', () => {
    expect(kinds('The quote we accepted (Q-2291) was £12,950 + VAT.')).toContain('broken-promise');
    expect(kinds("For the record, the handover dates we've been given for the five vans:")).toContain('broken-promise');
    expect(kinds('We gave Pantone 356 C in our brief, but the vans are a lighter green.')).toContain('broken-promise');
    expect(kinds('For us the corporate identity is very important, this was clear from the beginning.')).toContain('broken-promise');
    expect(kinds('The cancellation, which we asked for in March and you confirmed in writing.')).toContain('broken-promise');
    expect(kinds('We gave Pantone 356 C in our brief, and the vans look perfect.')).not.toContain('broken-promise');
    expect(kinds('The quote we sent our customer was higher.')).not.toContain('broken-promise');
  });

  it('repeats, failures, blame, threats', () => {
    expect(kinds('It was also nearly there on the 3rd, the 10th and last Friday.')).toContain('repeat-failure');
    expect(kinds('This is the third account manager for us in eight months.')).toContain('repeat-failure');
    expect(kinds('Nobody discussed any extra labour with us before the work was done.')).toContain('service-failure');
    expect(kinds('Please send a corrected version without the double counting.')).toContain('service-failure');
    expect(kinds('I had an uncomfortable call this morning from our contact at the FT.')).toContain('service-failure');
    expect(kinds('Apart from our advisers, your team was the only external party to have it.')).toContain('blame');
    expect(kinds('Our General Counsel, Mei Lin Chang, will be in touch separately.')).toContain('legal-threat');
    expect(kinds('I would like to speak with Nick or with somebody senior.')).toContain('escalation-request');
    expect(kinds('Nobody discussed it with us, so we went ahead ourselves.')).toContain('service-failure');
    expect(kinds('It was also ready early on the 3rd, thank you.')).not.toContain('repeat-failure');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('Please reissue at the quoted price.')).toContain('polite-anger');
    expect(kinds('Please give me an explanation of what is holding it up.')).toContain('polite-anger');
    expect(kinds('Please tell us how you will correct this and when.')).toContain('polite-anger');
    expect(kinds('We expect this is done without cost for us.')).toContain('polite-anger');
    expect(kinds("I'm sure you'll understand why I'm not booking a driver yet.")).toContain('polite-anger');
    expect(kinds('This is not how we want to be represented.')).toContain('polite-anger');
    expect(kinds('I can not present these numbers to our management.')).toContain('polite-anger');
    expect(kinds('Can we talk about what actually happened with the trade targets?')).toContain('polite-anger');
    expect(kinds('Let me know when "nearly" turns into "done".')).toContain('sarcasm');
    expect(kinds('I\'m sure the "strong journalist interest" is just taking its time to turn into articles.')).toContain('sarcasm');
    expect(kinds("Shame the cancellation didn't get the same priority.")).toContain('sarcasm');
    expect(kinds("I'm sure the team will be pleased.")).not.toContain('sarcasm');
    expect(kinds('Please tell us how you will deliver this.')).not.toContain('polite-anger');
  });
});
