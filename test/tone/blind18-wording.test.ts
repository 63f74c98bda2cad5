import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 16 (issue #4): the contract's own terms and the record, found missing on b2b-blind18, and trouble
// that is the sender's own (a ransomware scare, a lost contract) or a kind non-renewal. Sentences written
// for this test, each beside a look-alike.

describe('set against the contract and the record', () => {
  it('contrary to a clause; a cap and an invoice over it', () => {
    expect(kinds('We received no advance notice of the migration window, contrary to section 7.1.')).toContain('broken-promise');
    expect(kinds('The engagement letter caps phase 1 at 15 days; the invoice is for 23.')).toContain('broken-promise');
    expect(kinds('The engagement letter caps phase 1 at 15 days, which suits us.')).not.toContain('broken-promise');
  });

  it('agreed by one date, came on another; in your own notes; not in the venue contract', () => {
    expect(kinds('We agreed the monthly report would land by the 5th; it came on the 18th.')).toContain('broken-promise');
    expect(kinds("We agreed the Main Hall – it's in your own notes from that day.")).toContain('broken-promise');
    expect(kinds("I also can't see the wheelchair access arrangements we asked for.")).toContain('broken-promise');
    expect(kinds('We agreed the report would land by the 5th, which works for the board.')).not.toContain('broken-promise');
  });

  it('not reading the brief; not told; not approved', () => {
    expect(kinds("We're paying a 20% fee for a search that doesn't seem to be reading the brief.")).toContain('broken-promise');
    expect(kinds("We weren't told at any point that the work was running over.")).toContain('broken-promise');
    expect(kinds("The extra days weren't approved by me or anyone on our side.")).toContain('service-failure');
    expect(kinds('Have a read of the brief before Thursday.')).not.toContain('broken-promise');
  });

  it('figures that do not match; all there is to show', () => {
    expect(kinds("Some of the figures don't match what I'm seeing in our own analytics.")).toContain('problem');
    expect(kinds("The only deliverables we've seen are two blog posts and a monthly PDF.")).toContain('problem');
    expect(kinds('The only thing we need now is your signature.')).not.toContain('problem');
  });
});

describe('what the client will do', () => {
  it('reserves rights, copies counsel, weighs continuing, asks what the money bought', () => {
    expect(kinds('Pending the RCA we reserve all rights under the agreement.')).toContain('legal-threat');
    expect(kinds('Our General Counsel, Ms. Adeyemi, is copied.')).toContain('escalation-request');
    expect(kinds('Before we decide whether to continue beyond the minimum term, I need answers.')).toContain('churn-threat');
    expect(kinds("I'd like to understand what the £10,800 has been spent on.")).toContain('polite-anger');
  });

  it('look-alikes', () => {
    expect(kinds('All rights reserved.')).not.toContain('legal-threat');
    expect(kinds('Our finance team is copied for the invoice.')).not.toContain('escalation-request');
    expect(kinds('We are deciding whether to stay in the office on Friday.')).not.toContain('churn-threat');
    expect(kinds('We are deciding whether to continue the meeting on Friday or stop at lunch.')).not.toContain('churn-threat');
  });

  it('their change destroyed the data; days spent restoring it', () => {
    expect(kinds('Customer records were overwritten during your scheduled migration.')).toContain('blame');
    expect(kinds('Our team has spent two days restoring data from our own exports.')).toContain('impact');
  });
});

describe("the sender's own trouble", () => {
  it('a ransomware scare and a lost contract are news', () => {
    const ransom = analyzeTone("Apologies for the radio silence. We had a ransomware scare on Monday and our whole network has been offline since. Customers are furious with us and honestly it's been a nightmare week. Could we push approval to Friday?");
    expect(ransom.unhappy).toBe(false);
    const freeze = analyzeTone("I'm sorry to say we've had to put the senior analyst hire on hold. We've just lost a major contract and there's now a hiring freeze across the group. Really frustrating, because your shortlist was the best we've seen.");
    expect(freeze.unhappy).toBe(false);
  });

  it('a non-renewal that is "not a reflection on you" is not a threat', () => {
    const kind = analyzeTone("I wanted to tell you personally: we won't be renewing in January. We've been acquired and are moving onto the group's CRM. It's genuinely not a reflection on you or the product.");
    expect(kind.unhappy).toBe(false);
    const cross = analyzeTone("We won't be renewing in January. Three outages this quarter and no root cause from your team.");
    expect(cross.unhappy).toBe(true);
  });
});
