import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';

// Issue #4: understated, factual complaints (lib/tone/cue-rules-facts.ts). New sentences, none from the
// blind sets; each family with look-alikes that must not fire.
function firing(text: string, why: string): string[] {
  return analyzeTone(text).signals.filter((s) => s.why === why).map((s) => s.phrase);
}

const DIFFERS = 'Says what was delivered differs from what was agreed or specified.';
const PAID_FOR = 'Says what they pay for is not what they get.';
const TOLD = 'Says they had already told or given them this.';
const AGAIN = 'Ends a report of a problem with "again".';
const SINCE = 'Says how long it is since they asked.';
const COST = 'Says what the problem has cost them: rework, time, people affected.';
const NOBODY = 'Says nobody from their side was there or got in touch.';
const EARLY = 'Says it failed or was left unfinished soon after the work.';
const REPORTED = 'Says it is the problem they already reported.';
const COMPLAINTS = 'Says their customers or staff have complained.';
const POINTED = 'Asks, pointedly, how the work is checked or what was done.';

function fires(why: string, sentences: string[]): void {
  for (const s of sentences) expect(firing(s, why), s).not.toEqual([]);
}
function silent(why: string, sentences: string[]): void {
  for (const s of sentences) expect(firing(s, why), s).toEqual([]);
}

describe('what arrived is not what was agreed, specified or paid for', () => {
  it('fires on a substitution, a brief contradicted, an approved thing not matched', () => {
    fires(DIFFERS, [
      'The kitchen units went in yesterday. They’re the white gloss, not the oak on the order form we signed.',
      'The shortlist has three people without a driving licence, and the job description said it was essential.',
      'The translation doesn’t follow the glossary we supplied.',
      'The annual report still lists our former directors.',
      'Your engineer had the access codes.',
      'I’d assumed the weekend cover was included.',
      'Your dashboard showed green all weekend while nothing was being delivered.',
      'The locksmith came without the right cylinder.',
      'The new homepage has none of the photos we picked.',
      'We were quoted £900 for the survey and the invoice is £1,400.',
      'The report came on the 28th. The contract says the 10th.',
      'The florist brought white roses. We asked for red ones, in writing.',
      'The chairs arrived in grey. The colour we ordered was oak.',
    ]);
    fires(PAID_FOR, [
      'We pay for a monthly site visit.',
      'For what we pay each month, I’d have expected someone to notice the backups had stopped.',
      'I’d expected something tailored to our sector, not the standard deck.',
    ]);
  });

  it('does not fire on instructions, plans, approval or a receipt', () => {
    silent(DIFFERS, [
      'Please deliver to the Leeds office, not the address on the old order form.',
      'Your report showed a clear improvement throughout the quarter, thank you.',
      'Do the colours match the swatches we sent?',
      'I’d assumed we would need a second visit, so no surprise there.',
      'The engineer arrived without a hitch and everything works.',
      'Your team has the brief, so I will leave it with you.',
      'The chairs arrived this morning, thank you. The ones we ordered for the lobby are lovely.',
      'Please confirm the new dates in writing.',
    ]);
    silent(PAID_FOR, [
      'We pay for a daily clean, could we move it to the evening from next week?',
      'For the fee we paid last year, could you send a receipt?',
      'We’re paying for the premium tier until March, then we’d like to drop to standard.',
    ]);
  });
});

describe('told or given before', () => {
  it('fires on "twice", "in writing" and a point already covered', () => {
    fires(TOLD, [
      'I sent you the correct logo file twice.',
      'We gave it to your team in writing twice.',
      'We went through this at the kickoff.',
      'We covered this on the call in March.',
      'We discussed it specifically when we signed.',
    ]);
  });

  it('does not fire on "as we discussed", a plan agreed, or a duplicate sent by mistake', () => {
    silent(TOLD, [
      'As we discussed on Friday, please find the signed contract attached.',
      'We discussed this at the board meeting and everyone is keen to go ahead with phase two.',
      'I sent it to you twice by mistake, please ignore the first one.',
    ]);
  });
});

describe('"again" at the end of a factual report', () => {
  it('fires when a problem sentence ends with it', () => {
    fires(AGAIN, ['The contract renewal letter has gone to our old office again.', 'The March invoices have been posted to last year’s cost centre again.']);
  });

  it('does not fire on thanks, wishes, requests, apologies or a sentence starting with it', () => {
    silent(AGAIN, [
      'Thanks again.',
      'Lovely to see you again.',
      'Could you send the same order again.',
      'We’d love to work with you again.',
      'Sorry to move the meeting around again.',
      'Again. Nothing to add from our side.',
    ]);
  });

  it('is dropped when someone else owns the failure', () => {
    silent(AGAIN, ['The lift in our building is out of order again, facilities know.']);
  });
});

describe('time since they asked', () => {
  it('fires on weeks since a request or a first call', () => {
    fires(SINCE, ['It’s now two months since we asked for the data export.', 'Five weeks since I reported the leak and the ceiling tile is still stained.', 'The part came eleven days after our first call.']);
  });

  it('does not fire on plans or good news', () => {
    silent(SINCE, ['Two weeks after we sign, your team can start the build.', 'Sales have doubled in the three months since you launched the site, thank you.']);
  });
});

describe('what it has cost them', () => {
  it('fires on rework, lost time, people affected and being told by others', () => {
    fires(COST, [
      'We’ll need to reprint the whole run, which pushes the mailing back a week.',
      'We spent a whole afternoon interviewing them.',
      'Three of our managers have complained about the new rota tool.',
      'That mistake cost us a full day of sales.',
      'Our customer spotted it, not us.',
      'Our booking page was unreachable for most of the morning.',
    ]);
  });

  it('does not fire on praise, interest, a single customer or the client’s own rework', () => {
    silent(COST, [
      'I spent the afternoon reading it and it’s excellent.',
      'Several customers have asked about the new range, which is great news.',
      'One of our customers complained about our returns policy, so we’re changing it.',
      'I’ll be unavailable from Monday for a week.',
    ]);
  });

  it('is dropped on the client’s own or a third party’s trouble', () => {
    silent(COST, ['The storm flooded the basement, so we’ll need to repaint the whole floor.']);
  });
});

describe('nobody of theirs was there; nobody rang', () => {
  it('fires when the recipient’s people did not come or call', () => {
    fires(NOBODY, ['Nobody from your team attended the handover meeting.', 'The install was cancelled on the day without anyone ringing us.']);
  });

  it('does not fire on the client’s own empty office', () => {
    silent(NOBODY, ['No one was in the office on Friday because of the strike.', 'Nobody from our side can make Tuesday, sorry.']);
  });
});

describe('pointed questions and conditions', () => {
  it('fires on doubts about checking, what was done and settling the bill', () => {
    fires(POINTED, [
      'I’m starting to wonder whether the audit actually looked at our systems.',
      'How did this get past your proofreading?',
      'I’d like to talk through these hours before we pay the invoice.',
      'I would like to know how the test results are being checked.',
      'I’d rather have a straight explanation than another report.',
    ]);
  });

  it('does not fire on plans or routine questions', () => {
    silent(POINTED, ['We’re starting to wonder whether to expand into Leeds next year.', 'How are the orders going to be handled over Christmas?']);
  });
});

describe('failed soon after, or left unfinished', () => {
  it('fires on early failure and a job walked away from', () => {
    fires(EARLY, ['The new sealant is peeling already.', 'The fence panels are already coming loose.', 'Your fitter left on Friday without finishing the skirting.']);
  });

  it('does not fire on plans or things done early', () => {
    silent(EARLY, ['We have already started packing for the move.', 'The painters finished already, and it looks great.']);
  });
});

describe('the problem they already reported', () => {
  it('fires when the reported fault is back or still there', () => {
    fires(REPORTED, ['The checkout still shows the error we reported last month.', 'I raised this on the previous invoice too.']);
  });

  it('does not fire when the reported fault is fixed', () => {
    silent(REPORTED, ['The issue we reported last week is fixed now, thank you.']);
  });
});

describe('their customers or staff have complained', () => {
  it('fires on complaints received because of the work', () => {
    fires(COMPLAINTS, ['We’ve had complaints from three tenants about the noise.', 'We have been getting calls from confused customers all morning.']);
  });

  it('does not fire on the client’s own news', () => {
    silent(COMPLAINTS, ['We have had a lovely response to the launch.', 'The storm flooded the car park and we’ve had complaints from residents about the council’s drains.']);
  });
});
