import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 15 (issue #4): understatement and dry sarcasm that b2b-blind19 showed missing, and trouble that is
// a supplier's, a previous host's or the sender's own. Sentences written for this test, each beside a look-alike.

describe('facts that carry the complaint', () => {
  it('nobody came; what they pay for', () => {
    expect(kinds('Again yesterday nobody come for the kitchen cleaning after close.')).toContain('broken-promise');
    expect(kinds('We pay for 3 cleaners 6 nights per week.')).toContain('broken-promise');
    expect(kinds('Nobody came to the quiz night from accounts, sadly.')).not.toContain('broken-promise');
  });

  it('your tracking says one thing, the facts another', () => {
    expect(kinds('Your tracking says all six were delivered on the 3rd. Our customers say otherwise.')).toContain('broken-promise');
    expect(kinds('Your tracking says all six were delivered on the 3rd, thanks for checking.')).not.toContain('broken-promise');
  });

  it('already part of what we pay for; a breach', () => {
    expect(kinds("I thought that was already part of what we're paying for.")).toContain('broken-promise');
    expect(kinds('This is a safeguarding breach.')).toContain('broken-promise');
    expect(kinds('The training covers what to do after a data breach.')).not.toContain('broken-promise');
  });

  it('counts that grow; how many are still not done', () => {
    expect(kinds("That's now six claims this month, up from two last month.")).toContain('repeat-failure');
    expect(kinds('Of the 14, 11 are unchanged.')).toContain('problem');
    expect(kinds('Of the 14 rooms, most are booked already.')).not.toContain('problem');
  });

  it('received a part of what was paid for; no answer to be had', () => {
    expect(kinds('We received drafts for two of the five roles.')).toContain('service-failure');
    expect(kinds('We have not been able to get a response about the remaining three.')).toContain('service-failure');
    expect(kinds('We received two of the five boxes so far, the rest to follow.')).not.toContain('service-failure');
  });
});

describe('what they will do about it', () => {
  it('the work done elsewhere, the contract reviewed', () => {
    expect(kinds('We have now had the remaining contracts drafted elsewhere.')).toContain('churn-threat');
    expect(kinds('Given this, we will need to review the contract ahead of the renewal date in June.')).toContain('churn-threat');
    expect(kinds('We will need to review the contract to add the new site.')).not.toContain('churn-threat');
  });

  it('raised formally, the chair copied', () => {
    expect(kinds('I am writing to formally raise a serious concern.')).toContain('escalation-request');
    expect(kinds('I have copied our Chair of Governors.')).toContain('escalation-request');
    expect(kinds('I have copied the agenda below.')).not.toContain('escalation-request');
  });

  it('a proper, honest answer this time', () => {
    expect(kinds("I'd like a proper investigation rather than another form.")).toContain('polite-anger');
    expect(kinds('What I need today: an honest status on every ticket.')).toContain('polite-anger');
    expect(kinds('I want to be clear on who does what.')).not.toContain('polite-anger');
  });

  it('dry thanks', () => {
    expect(kinds('Thanks for the heads-up I never got.')).toContain('sarcasm');
    expect(kinds('Great to learn that live in front of six people.')).toContain('sarcasm');
    expect(kinds('Thanks for the heads-up, we will plan around it.')).not.toContain('sarcasm');
  });
});

describe('not about the recipient', () => {
  it("a supplier's change, a previous host", () => {
    const oat = analyzeTone("Can we hold the newsletter for a few days? We've had a run of complaints about the new oat milk – the supplier changed the recipe without telling us and people hate it. The copy itself is great, by the way.");
    expect(oat.unhappy).toBe(false);
    const host = analyzeTone("Could you confirm whether our VPS instances need patching? We had a bad experience with a previous host where nobody owned this, so just want to be clear on who does what.");
    expect(host.unhappy).toBe(false);
  });

  it("the sender's own error; 'too late to' is a question", () => {
    const own = analyzeTone("Dear Joanne,\n\nI'm so sorry – the timesheet I uploaded yesterday was last month's file. Is it too late to swap it before the run closes? The correct one is attached.\n\nEntirely my error!\n\nPat", { subject: 'Wrong timesheet uploaded' });
    expect(own.unhappy).toBe(false);
    expect(kinds('The delivery was late again.')).toContain('problem');
  });
});
