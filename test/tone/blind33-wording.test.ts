import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 26 (issue #4): what b2b-blind33, 34 and 35 showed. Sentences written for this test, each beside a look-alike.

describe('the quiet goodbye', () => {
  it('work taken in-house, another firm appointed, access handed back', () => {
    expect(kinds("We've decided to bring the HubSpot work in-house from January.")).toContain('churn-threat');
    expect(kinds("I've appointed Fenwick Medical Accountants to look after the practice from next year.")).toContain('churn-threat');
    expect(kinds('Let me know what you need from us to hand back admin access.')).toContain('churn-threat');
    expect(kinds('Our in-house team will send the logo files tomorrow.')).not.toContain('churn-threat');
  });

  it('…unless the sender says it is purely about scale or budget', () => {
    expect(analyzeTone("Hi Jenny,\n\nWe've decided to bring the bookkeeping in-house from April. This is purely about scale: you've kept our books spotless for five years.\n\nColin").unhappy).toBe(false);
  });

  it('the same conversation, again', () => {
    expect(kinds("I've had the same conversation about late management accounts for two years.")).toContain('repeat-failure');
  });
});

describe('a bare chase above earlier ones', () => {
  it('"Still nothing?" over two quoted follow-ups', () => {
    const thread = '\n\nOn Tue, 14 May, Dan wrote:\n> Morning Ravi, any update on staging access?\n>\n> On Wed, 8 May, Dan wrote:\n>> Hi Ravi, just following up on staging credentials.';
    expect(analyzeTone(`Still nothing?\n\nDan${thread}`).unhappy).toBe(true);
  });
});

describe('not a complaint', () => {
  it("someone else's doing, said outright", () => {
    for (const s of ["To be clear, it's entirely the plumber's doing.", "I've complained to them, but that's not your problem.", 'Some honest feedback, offered to make it land better rather than as a complaint.']) {
      expect(analyzeTone(`Hi Gary,\n\nThe lights failed on the first floor and the breaker won't reset. ${s} Can you come out tomorrow?\n\nJenny`).unhappy, s).toBe(false);
    }
  });

  it('our own wrong upload, the police backlog', () => {
    expect(analyzeTone("Hi Rachel,\n\nI'm so sorry, I've just realised the bank statements I uploaded last week were for the wrong account. Correct ones attached. Apologies for wasting your time on that.\n\nEmma").unhappy).toBe(false);
    expect(analyzeTone("Dear Mr Olawale,\n\nThe police have told us the written report won't be released for another four weeks because of a backlog. I've chased them twice. Is there anything else the insurer would accept?\n\nDeborah").unhappy).toBe(false);
  });

  it("legal asking about data residency is a question; where the room was supposed to go is a plan", () => {
    expect(kinds('Our legal team ask about this, so could the data stay in Singapore?')).not.toContain('legal-threat');
    expect(kinds('The column sits right where the meeting room was supposed to go.')).not.toContain('broken-promise');
    expect(kinds('The meeting room was supposed to be finished by Friday.')).toContain('broken-promise');
  });
});

describe("someone else's fault, only when said outright", () => {
  it('a review that guesses the distributor is to blame is still a complaint', () => {
    expect(analyzeTone("Very bad product. The vacuum didn't turn on and the cord rewinder didn't work. I guess it's the distributor's fault because I have ordered before and never faced such issue. Very much disappointed.").unhappy).toBe(true);
  });
});
