import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 46 (issue #4): what b2b-blind141, 142, 143 and 144 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('an invoice lost "over here rather than yours", or "because of us"', () => {
    expect(analyzeTone("Hi Accounts team,\n\nSorry to chase - it's probably sitting in someone's inbox over here rather than yours! Could you resend a PDF copy of invoice NL-4981? Our AP team say they never received it.\n\nMany thanks,\nKaren").unhappy).toBe(false);
    expect(analyzeTone("Hi there,\n\nOur finance team can't find your invoice for the Meadow Lane job. I think it got lost in our move to a new inbox. I don't want it going overdue because of us.\n\nCould you resend it?\n\nSorry about this,\nFaye").unhappy).toBe(false);
  });

  it("a payroll bureau's failure and the staff's anger; their own contractors let them down or run behind; no landlord consent yet", () => {
    expect(analyzeTone("Hi Hannah,\n\nOur payroll bureau had a system failure and 900 of our staff haven't been paid this month. Understandably they're angry and anxious.\n\nCould I include the helpline number in our all-staff message?\n\nThanks,\nConor").unhappy).toBe(false);
    expect(analyzeTone("Hi Dan,\n\nOur electrical contractor has let us down badly - the floor boxes still aren't in, and they're now saying end of next week at the earliest. Really frustrating, but there's no point your team starting until that's done.\n\nCould we push your start to Monday 24th? Sorry for the knock-on, I know you'd planned your guys around it.\n\nRegards,\nPriyanka").unhappy).toBe(false);
    expect(analyzeTone("Hi Dan,\n\nOur plasterers are running about a week behind on level 2, so the reveals won't be ready for your team on the 9th.\n\nCould your team do level 3 first?\n\nCheers,\nSean").unhappy).toBe(false);
    expect(kinds("We still don't have landlord consent for the brackets.")).not.toContain('broken-promise');
    expect(kinds("We still don't have the brackets you promised for the 9th.")).toContain('broken-promise');
  });

  it('a contract review meeting postponed; worried about the timeline, to be honest', () => {
    expect(kinds("We'll need to postpone the contract review meeting on the 18th.")).not.toContain('escalation-request');
    expect(kinds("I'm a bit worried about the timeline, to be honest.")).not.toContain('polite-anger');
  });
});

describe('complaints found', () => {
  it('why they were not told; advice against the policy; outages logged; cleaners not in since Wednesday', () => {
    expect(kinds("Was there a reason we weren't told about the fit-out works on the floor below?")).toContain('broken-promise');
    expect(kinds("Your advice line told our manager we could stop paying sick pay. That isn't what our policy says.")).toContain('broken-promise');
    expect(kinds('Below are the internet outages we have logged in Suite 4.12 this month.')).toContain('broken-promise');
    expect(kinds("The cleaners don't appear to have been in Suite 210 since last Wednesday.")).toContain('broken-promise');
    expect(kinds('Was there a reason for the change? Just curious.')).not.toContain('broken-promise');
  });

  it('a dated log: promised, then nothing received', () => {
    expect(kinds('For the record:\n- 14 October: you confirmed it would follow by end of week\n- 21 October: Hannah said it would be with us by the 25th\n- 28 October: nothing received')).toContain('broken-promise');
    expect(kinds('For the record:\n- 14 October: you confirmed it would follow by end of week\n- 18 October: received, thank you')).not.toContain('broken-promise');
  });

  it('a serious breach, their legal team, their DPO informed; included in the fee; an aspiration, not a promise; lost billable time', () => {
    expect(kinds('This is a serious breach of confidentiality.')).toContain('legal-threat');
    expect(kinds('We are taking advice from our legal team on our obligations.')).toContain('legal-threat');
    expect(kinds('Our Data Protection Officer has been informed and is copied.')).toContain('legal-threat');
    expect(kinds("Cleaning is included in our monthly fee so I'd expect it to happen on schedule.")).toContain('polite-anger');
    expect(kinds('How long is this going to go on for?')).toContain('polite-anger');
    expect(kinds('I appreciate "24/7" may be more of an aspiration than a promise.')).toContain('sarcasm');
    expect(kinds('Each of these is effectively lost billable time.')).toContain('impact');
  });
});
