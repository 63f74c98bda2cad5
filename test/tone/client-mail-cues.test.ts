import { describe, expect, it } from 'vitest';
import { analyzeTone, type SignalCategory } from '../../lib/tone/index';

// Cues found missing on the blind B2B set (test/fixtures/tone/b2b-blind.jsonl). The sentences here
// are new ones, written for this test, so they check the wording in general and not those emails.
function shown(text: string): SignalCategory[] {
  return analyzeTone(text).signals.map((s) => s.category);
}

const CASES: { cue: string; category: SignalCategory; yes: string[]; no: string[] }[] = [
  {
    cue: 'an outage or a stopped business is business impact, shown as urgency',
    category: 'urgency',
    yes: [
      'The release last night took our booking site down for two hours.',
      'None of our engineers can deploy since the change.',
      'Our customers cannot check out on mobile.',
      'Twenty people are sitting idle in the warehouse.',
      'We are selling those items at a loss because of the wrong prices.',
    ],
    no: ['We took the old site down as planned.', 'I am at a loss for words, the new design is lovely.', 'None of our staff can make Friday, could we do Monday?'],
  },
  {
    cue: 'nobody told them, or they heard it from their own customers',
    category: 'broken-promise',
    yes: ['We were never told about the price change.', 'We only found out when the invoice arrived.', 'I had to hear about the outage from our customers.'],
    no: ['We were informed about the price change in June, thanks.', 'We found out a lot at the workshop.'],
  },
  {
    cue: 'a promise or plan that did not happen',
    category: 'broken-promise',
    yes: ['The plan was to go live in March.', 'Your proposal says three weeks for the first draft.', 'The brochure still has the old prices on page two.'],
    no: ['Our plan is to go live in March.', 'The brochure has the new prices on page two.'],
  },
  {
    cue: 'the same failure again, or in a row',
    category: 'repeat-failure',
    yes: ['The invoice totals are wrong again.', 'This is the second week in a row the report is late.', 'The ticket has been closed twice without a fix.', 'We have had four outages since June.'],
    no: ['Thanks again for your help.', 'We meet twice a month.', 'We read the report at the board meeting.'],
  },
  {
    cue: 'patience running out',
    category: 'frustration',
    yes: ['We are not getting anywhere with the support desk.', 'We are back to square one on the logo.', 'We are done waiting for the new build.'],
    no: ['We are getting somewhere with the new layout.', 'We are done with the review, all approved.'],
  },
  {
    cue: 'complaint-letter wording',
    category: 'frustration',
    yes: ['I am writing to complain about the handling of our account.', 'I would like to make a formal complaint about the installer.'],
    no: ['I am writing to confirm our order.', 'I am writing to ask about your rates.'],
  },
  {
    cue: 'failing the standard that was expected',
    category: 'frustration',
    yes: ['The second draft fell well short of the brief.', 'The lack of communication from your side is a real problem.', 'The translation is below the standard we expect.'],
    no: ['The second draft is well within the brief.', 'We are short of time on our side, sorry.'],
  },
  {
    cue: 'repeated chasing',
    category: 'repeat-failure',
    yes: ['Despite several emails we still have no invoice.', 'This is not the first time the backup has failed.', 'We keep having to chase your team for updates.'],
    no: ['This is the first time we have used the backup.', 'Despite the rain, the event went well.'],
  },
  {
    cue: 'unanswered, left in the dark, late',
    category: 'broken-promise',
    yes: ['My last two emails went unanswered.', 'You have left us in the dark for a week.', 'The designs are two weeks late.', 'The project is behind schedule.'],
    no: ['I answered your last two emails this morning.', 'The designs are ready two weeks early.'],
  },
  {
    cue: 'formal pointedness',
    category: 'polite-anger',
    yes: ['We should not have to ask for this twice.', 'I look forward to your prompt response.', 'I understand things are busy, but this was due on Monday.'],
    no: ['Looking forward to seeing you on Thursday.', 'I understand things are busy, so take your time.'],
  },
  {
    cue: 'asking for whoever is in charge, or taking it to the board',
    category: 'escalation-request',
    yes: ['I want a call with whoever runs delivery at your end.', 'Copying in Sarah, our CFO, on this.', 'I will have to take this to our board.'],
    no: ['I will be escalating the budget request to our finance director.', 'Copying in Sarah from our design team.'],
  },
  {
    cue: 'the fault is put on the other side',
    category: 'blame',
    yes: ['This was not our mistake and it should be fixed at your cost.', 'We are paying for bugs your team introduced.'],
    no: ['Sorry, this was our mistake, the file we sent was old.'],
  },
  {
    cue: 'scare quotes and a one-word cheer after a failure',
    category: 'sarcasm',
    yes: ['Thanks for the "quick fix", it broke the search page.', 'The export failed again this morning. Brilliant.'],
    no: ['The export ran this morning. Brilliant, thank you!', 'Please see the "Budget 2025" tab of the sheet.'],
  },
];

describe('client-mail cues', () => {
  for (const c of CASES) {
    for (const text of c.yes) it(`${c.cue}: "${text}"`, () => expect(shown(text)).toContain(c.category));
    for (const text of c.no) it(`not ${c.category}: "${text}"`, () => expect(shown(text)).not.toContain(c.category));
  }

  it('request formulas and terms are not approval ("I would be grateful if", "fixed fee")', () => {
    const plain = analyzeTone('The amended contract has still not been sent over. Could this now be prioritised?').score!;
    const grateful = analyzeTone('The amended contract has still not been sent over. I would be grateful if this could now be prioritised.').score!;
    expect(Math.abs(grateful - plain)).toBeLessThan(8);
    expect(analyzeTone('Invoice 881 is wrong. We agreed a fixed fee. Please reissue it.').score!).toBeGreaterThan(analyzeTone('Invoice 881 is attached. We agreed a fixed fee. Please pay it.').score!);
  });

  it('contract terms ("agreed", "approved", "assured") are not approval', () => {
    const score = (w: string) => analyzeTone(`Invoice 12 is wrong: it is not the ${w} amount. Please correct it.`).score;
    expect(score('agreed')).toBe(score('usual'));
    expect(score('approved')).toBe(score('usual'));
    // "I agree" is still agreement.
    expect(analyzeTone('I agree, the new layout works well for us.').unhappy).toBe(false);
  });

  it('withholding payment is a threat (escalation risk), paying late is not', () => {
    const r = analyzeTone('We will not be paying invoice 311 until the defects are fixed.');
    expect(r.unhappy).toBe(true);
    expect(r.level).toBe('escalation');
    expect(analyzeTone('We will be paying invoice 311 on Tuesday, sorry for the delay.').unhappy).toBe(false);
  });

  it('moving another service elsewhere, or moving with praise for ours, is not a churn threat', () => {
    const notThreats = [
      'We are moving to another provider for our phones, but we are very happy with your design work.',
      "We're switching to another provider for our phone system next month, please give their engineers access.",
      'We are looking at other agencies for the print work, and we are delighted with your web work.',
    ];
    for (const text of notThreats) {
      const r = analyzeTone(text);
      expect(r.signals.map((s) => s.category), text).not.toContain('churn-threat');
      expect(r.unhappy, text).toBe(false);
    }
    const threats = ['We are moving to another provider next quarter.', "We've started talking to two other agencies about taking over our account."];
    for (const text of threats) expect(analyzeTone(text).level, text).toBe('escalation');
  });

  it('an outage or a stopped launch in a problem report is flagged', () => {
    expect(analyzeTone('Our booking site is down. Please call me ASAP, this cannot wait.').unhappy).toBe(true);
    expect(analyzeTone('The brochure you sent is full of errors. We cannot print it and the launch is on Friday.').unhappy).toBe(true);
    expect(analyzeTone('Our booking site will be down on Sunday night for planned maintenance.').unhappy).toBe(false);
  });

  it('a client owning the mistake, or sharing their own incident for information, is not a complaint', () => {
    for (const text of [
      'Apologies, I sent you the wrong spreadsheet yesterday. My mistake entirely, here is the right one.',
      'Our own file server failed on Tuesday after an upgrade on our side. No action needed from your team, sharing for visibility.',
      'A pipe burst in our office over the weekend, awful mess, so we may be slow this week. Nothing needed from you.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
  });

  it('"no action" as a complaint still counts; "no action needed" does not', () => {
    const cats = (t: string) => analyzeTone(t).signals.map((s) => s.category);
    expect(cats('Two weeks and still no action on the refund.')).toContain('broken-promise');
    expect(cats('No action needed on your side, all good.')).not.toContain('broken-promise');
  });
});
