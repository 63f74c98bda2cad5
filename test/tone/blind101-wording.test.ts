import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 41 (issue #4): what b2b-blind101, 102, 103 and 104 showed. Sentences written for this test, each beside a look-alike.

describe('the record against what was agreed', () => {
  it('a price set against the one agreed, and no notice of an increase', () => {
    expect(kinds('The March invoice charges each visit at £62.00 against the £48.00 agreed in the contract.')).toContain('broken-promise');
    expect(kinds('Each visit is £62.00, against £48.00 last year, because we added the second site.')).not.toContain('broken-promise');
    expect(kinds("I can't find any email or letter about a price increase.")).toContain('problem');
    expect(kinds('Could you send us a letter about the price increase for our auditors?')).not.toContain('problem');
  });

  it('their chart or app says one thing and it is not so', () => {
    expect(kinds('Your sizing guide says a medium is a 40" chest and it clearly isn\'t.')).toContain('broken-promise');
    expect(kinds("Your tracking says the pallet was delivered at 9:12. It's still not here.")).toContain('broken-promise');
    expect(kinds('Your tracking says the pallet was delivered at 9:12, thanks. Could you still send the POD?')).not.toContain('broken-promise');
    expect(kinds('Your guide says a medium is a 40" chest and it fits perfectly.')).not.toContain('broken-promise');
  });

  it('a dated log: no attendance, rescheduled by them, a date moved again and again', () => {
    expect(kinds('Here are the planned visits for this year so far:\n- 9 January – no attendance\n- 6 March – rescheduled by your office that morning')).toContain('broken-promise');
    expect(kinds('PO 1182:\n- 4 Sept: moved to 11 September\n- 11 Sept: moved to 18 September')).toContain('broken-promise');
    expect(kinds('Here are the planned visits for this year so far:\n- 9 January – serviced, all fine\n- 6 March – filter changed')).not.toContain('broken-promise');
  });

  it('no engineer attended, said as a bare sentence', () => {
    expect(kinds('No engineer attended on 19 June.')).toContain('broken-promise');
    expect(kinds('No engineer attended on 19 June because we cancelled the visit.')).not.toContain('broken-promise');
  });
});

describe('counting, and nothing changing', () => {
  it('missed collections counted, one visit in months, late every week, not emptied again', () => {
    expect(kinds('We have now had four missed collections this term.')).toContain('repeat-failure');
    expect(kinds('We have had one visit in seven months.')).toContain('repeat-failure');
    expect(kinds('The deliveries have been late every week since March.')).toContain('repeat-failure');
    expect(kinds('Bins not emptied again today.')).toContain('repeat-failure');
    expect(kinds('We missed two collections because the gate was locked.')).not.toContain('repeat-failure');
    expect(kinds('The deliveries have been on time every week since March.')).not.toContain('repeat-failure');
  });

  it('reported it twice, mentioned it and nothing changed', () => {
    expect(kinds("I've reported it on the portal twice and heard nothing.")).toContain('repeat-failure');
    expect(kinds("I've mentioned it to your drivers a couple of times but nothing's changed.")).toContain('repeat-failure');
    expect(kinds('I reported it on the portal twice and it was fixed the same day.')).not.toContain('repeat-failure');
    expect(kinds('We moved offices in May but nothing has changed on the account.')).not.toContain('repeat-failure');
  });
});

describe('plain displeasure, dryly or politely', () => {
  it('not really happy, less good news', () => {
    expect(kinds("So I'm not really happy to be charged for them.")).toContain('frustration');
    expect(kinds("So I'm not really happy to be charged for them.")).not.toContain('calm');
    expect(kinds("I'm really happy to be charged for the extra day.")).not.toContain('frustration');
    expect(kinds('Good news: the boards arrived. Less good news: they are for another stand.')).toContain('sarcasm');
    expect(kinds('Less good news: they are for another stand.')).not.toContain('calm');
  });

  it('an impressive trick, the rest by carrier pigeon', () => {
    expect(kinds("The app says collected. The cage is still full. Impressive trick.")).toContain('sarcasm');
    expect(kinds("You found the file in ten minutes. Impressive trick.")).not.toContain('sarcasm');
    expect(kinds("I'll assume the logos are following by carrier pigeon.")).toContain('sarcasm');
  });

  it('getting silly, got nowhere, a heads-up would have helped', () => {
    expect(kinds("It's getting a bit silly now.")).toContain('frustration');
    expect(kinds("I've raised each of these twice and got nowhere.")).toContain('frustration');
    expect(kinds('A heads-up would really have helped.')).toContain('polite-anger');
    expect(kinds('A heads-up would help us plan the shifts.')).not.toContain('polite-anger');
  });

  it('a date they are actually confident in; their answer answers nothing', () => {
    expect(kinds('Please give me a date you are actually confident in.')).toContain('polite-anger');
    expect(kinds('"Operational difficulties" does not answer any of the questions in my email.')).toContain('service-failure');
    expect(kinds('Your guide does not answer my question about lids, could you?')).not.toContain('service-failure');
  });
});

describe('what they leave behind, what it costs them', () => {
  it('their crew left it leaking or left a mess; not our own people', () => {
    expect(kinds('The installers left the connection under the sink dripping.')).toContain('service-failure');
    expect(kinds("They also left the old machine's packaging on the worktop.")).toContain('service-failure');
    expect(kinds('Our own electricians left the junction box exposed.')).not.toContain('service-failure');
  });

  it('service credits, termination, payments on hold, a decision put down to their service', () => {
    expect(kinds('We will be applying service credit deductions to the next two invoices.')).toContain('legal-threat');
    expect(kinds('The Board will consider whether to exercise the early termination option.')).toContain('legal-threat');
    expect(kinds("I've asked finance to put all payments to your company on hold until this is sorted.")).toContain('legal-threat');
    expect(kinds('Please confirm the service credits from March show on this invoice.')).not.toContain('legal-threat');
    expect(kinds("We'll put payments on hold until the 30th while we change banks.")).not.toContain('legal-threat');
    expect(kinds('We will not be extending the current agreement when it ends in March.')).toContain('churn-threat');
    expect(kinds('The decision is mainly down to the response times at two sites.')).toContain('churn-threat');
    expect(kinds('The decision is mainly down to our budget.')).not.toContain('churn-threat');
  });

  it('has not held up; please remove the charge', () => {
    expect(kinds("The softshells haven't held up well.")).toContain('problem');
    expect(kinds('Please remove the charge.')).toContain('problem');
    expect(kinds('Please remove the delivery charge from the quote as we will collect, and send it again.')).not.toContain('problem');
  });
});

describe('not complaints', () => {
  it('copies from the last twelve months are a range, not a wait', () => {
    expect(kinds('Would you be able to resend copies of everything from the last 12 months?')).not.toContain('elapsed');
    expect(kinds('We have been waiting from the last 3 weeks.')).toContain('elapsed');
  });

  it('"it went down a storm" is praise, not a storm that explains the rest', () => {
    const late = "The milk deliveries have been late every week since, so we run out mid-week. I've mentioned it to your drivers a couple of times but nothing's changed. Could you look into it?";
    expect(analyzeTone(`Hi Jess,\n\nThe hot chocolate station went down a storm at our party. ${late}\n\nThanks,\nEllie`).unhappy).toBe(true);
    expect(analyzeTone(`Hi Jess,\n\nThe storm closed the A38 all week. The milk deliveries have been late every day since, so we run out mid-week. Could you look into it?\n\nThanks,\nEllie`).unhappy).toBe(false);
  });
});

describe('a friendly email that turns to a complaint', () => {
  const friendly = (turn: string) =>
    `Hi Lucy,\n\nHope you're well! Thanks so much for the quote on the jumpers, the team loved them and we'd like 35. I'll send sizes next week.\n\n${turn} the softshells from the September order haven't held up well. The printed logo is peeling on six of them already, which is a bit disappointing given what we pay. Can you have a look?\n\nHave a lovely weekend!\nJo`;

  it('the thanks before the turn are courtesy', () => {
    expect(analyzeTone(friendly('One thing I should mention -')).score).toBeGreaterThan((analyzeTone(friendly('Also,')).score ?? 100) + 15);
  });

  it('a turn with no complaint after it changes nothing', () => {
    const news = "Hi Lucy,\n\nThanks so much for the quote on the jumpers, the team loved them.\n\nOne thing I should mention - we close on the 24th, so please deliver before then.\n\nThanks,\nJo";
    expect(analyzeTone(news).unhappy).toBe(false);
  });
});
