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

  it("their email quoted back, the approved proof or the signed quote against what came, an \"all sorted\" quoted", () => {
    expect(kinds("On Tuesday you told me, and I'm quoting your email: \"down and sealed by Friday, guaranteed\".")).toContain('broken-promise');
    expect(kinds('The proof we approved (attached, signed off 9 Nov) says Accountants.')).toContain('broken-promise');
    expect(kinds("I've checked the signed quote again and it's definitely dove grey.")).toContain('broken-promise');
    expect(kinds('All of which Dan confirmed had been "all sorted".')).toContain('broken-promise');
    expect(kinds('The proof we approved looks great, thanks. Go ahead and print.')).not.toContain('broken-promise');
    expect(kinds("I've checked the signed quote and we're happy to proceed.")).not.toContain('broken-promise');
  });

  it('an honest date this time; done this time; the one thing they bought it for; how they will recover', () => {
    expect(kinds("I'd appreciate an honest date this time, rather than a guaranteed one.")).toContain('polite-anger');
    expect(kinds('Please make sure the paperwork is actually done this time.')).toContain('polite-anger');
    expect(kinds('The gap lets the sun onto the screen, which is the one thing we bought them to stop.')).toContain('polite-anger');
    expect(kinds('Please send a revised programme showing how you intend to recover.')).toContain('polite-anger');
    expect(kinds('Could you send the paperwork this time as a PDF?')).not.toContain('polite-anger');
  });

  it('dry remarks: what "any time" apparently means, a personal best, open to interpretation, closer to the truth', () => {
    expect(kinds('Any time apparently means "join a long queue".')).toContain('sarcasm');
    expect(kinds('Only took them until 11:40, which I suppose is a personal best.')).toContain('sarcasm');
    expect(kinds('I appreciate "made to measure" is open to interpretation.')).toContain('sarcasm');
    expect(kinds('So I can tell security something closer to the truth than I managed yesterday.')).toContain('sarcasm');
    expect(kinds('The clause is open to interpretation, so could your legal team confirm?')).not.toContain('sarcasm');
  });

  it('getting someone else in, deducting it, passing the repair cost on; asked nicely; chased on two dates; on hold for minutes', () => {
    expect(kinds("If it isn't done by Friday I'm getting someone else in and deducting it from your final account.")).toEqual(expect.arrayContaining(['churn-threat', 'legal-threat']));
    expect(kinds("The landlord wants the repair cost, which we'll be passing on to you.")).toContain('legal-threat');
    expect(kinds("We'll be passing on to you the landlord's contact details.")).not.toContain('legal-threat');
    expect(kinds("I've asked nicely four times.")).toContain('frustration');
    expect(kinds("I'm not going to pretend that isn't frustrating.")).toContain('frustration');
    expect(kinds('I asked for a price on 6 May and chased on the 15th and the 22nd.')).toContain('repeat-failure');
    expect(kinds('Two supervisors were on hold for 35 and 42 minutes before giving up.')).toContain('service-failure');
    expect(kinds('The project was on hold for two months while we found funding.')).not.toContain('service-failure');
  });

  it('a dated log of steps not started or arranged; a dispute is not more of the news before it', () => {
    expect(kinds('- 1 Nov: LVT to kitchenette. Not started.\n- 5 Nov: snagging walk. Not arranged.')).toContain('broken-promise');
    expect(analyzeTone("Hi Priya,\n\nThanks for the webinar, it went down really well.\n\nOne other thing I do need to flag, though. One of our line managers called the HR advice line about an employee on long-term sick and was told we could stop paying sick pay immediately. That isn't what our policy says and I'm fairly sure it isn't what the law says either.\n\nBest,\nAmira").unhappy).toBe(true);
    expect(analyzeTone("Hi Priya,\n\nOne of our line managers is on long-term sick. That is why the forms are late, sorry.\n\nBest,\nAmira").unhappy).toBe(false);
  });

  it('praise that turns: "look great, apart from"', () => {
    expect(analyzeTone("Hi Dan,\n\nThanks for getting the blinds up on Friday. They look great, apart from the 4cm gap either side, which is the one thing we bought them to stop.\n\nI appreciate \"made to measure\" is open to interpretation, but your surveyor was in the room for forty minutes.\n\nWhen can someone come back and measure it again?\n\nRob").unhappy).toBe(true);
    expect(analyzeTone("Hi Dan,\n\nThanks for getting the blinds up on Friday. They look great, apart from one we asked to swap, which is our change.\n\nRob").unhappy).toBe(false);
  });
});
