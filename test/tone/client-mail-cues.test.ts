import { describe, expect, it } from 'vitest';
import { analyzeTone, type SignalCategory } from '../../lib/tone/index';

// Cues found missing on the blind B2B set (test/fixtures/tone/b2b-blind.jsonl). The sentences here
// are new ones, written for this test, so they check the wording in general and not those emails.
function shown(text: string): SignalCategory[] {
  return analyzeTone(text).signals.map((s) => s.category);
}

const flagged = (text: string): boolean => analyzeTone(text).unhappy;

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
      'Production is down since six this morning.',
      'The form lost the phone numbers, so we have forty bookings with no way to call them back.',
    ],
    no: [
      'We took the old site down as planned.',
      'I am at a loss for words, the new design is lovely.',
      'None of our staff can make Friday, could we do Monday?',
      'Production is down to two shifts over Christmas, so deliveries will be slower.',
      'There is no way to call the office on Sundays, so email is best.',
    ],
  },
  {
    cue: 'nobody told them, or they heard it from their own customers',
    category: 'broken-promise',
    yes: ['We were never told about the price change.', 'We only found out when the invoice arrived.', 'I had to hear about the outage from our customers.'],
    no: ['We were informed about the price change in June, thanks.', 'We found out a lot at the workshop.', 'We were told by our board to cut costs, so the retainer drops from January.'],
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
    yes: ['I am writing to complain about the handling of our account.', 'I would like to make a formal complaint about the installer.', 'This is a complaint about the March invoice.'],
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
    cue: 'told it was fixed, sold something else, nobody said',
    category: 'broken-promise',
    yes: [
      'Your engineer said it was fixed, but the scanner fails the same way.',
      'This is not the service we were sold.',
      'Nobody flagged the price rise to us.',
      'We only noticed in the monthly report that the tags were missing.',
      'Two of the new starters still have no access to the CRM.',
    ],
    no: ['Your engineer fixed the scanner this morning, thanks.', 'We noticed a nice bump in the monthly report.', 'Sorry I missed the call earlier, can we do 3pm?'],
  },
  {
    cue: 'a repeat spelled as a run or an ordinal this period',
    category: 'repeat-failure',
    yes: ['The report has been late three weeks running.', 'That is the fourth outage this month.', 'The layout had to be rebuilt, again.', 'We told your team about the new logo in the kickoff.'],
    no: ['The report has been on time for three weeks.', 'This is our fourth project together this year.'],
  },
  {
    cue: 'business hurt: lost time, customers hitting the problem',
    category: 'urgency',
    yes: ['We lost the whole morning to the broken importer.', 'Our customers are getting payment errors at checkout.', 'The shop was offline for most of Saturday.'],
    no: ['Our customers are getting the new catalogue next week.', 'We lost the pitch, but thanks for your help.'],
  },
  {
    cue: 'the job they pay for, your figures wrong',
    category: 'blame',
    yes: ['Keeping the domain renewed is exactly what we pay you for.', 'Your figures are wrong by about 20%.', 'I will be expecting you to cover the cost.'],
    no: ['We pay you on the first of the month.', 'Your figures look right to us.'],
  },
  {
    cue: 'pointed formulas',
    category: 'polite-anger',
    yes: ['To put it plainly, the copy is not usable.', 'I have to push back on this estimate.', 'I would like a written explanation of the delay.', 'Please walk me through what happened on Friday.'],
    no: ['I would like a tour of the new dashboard for our team.', 'Please walk me through the new dashboard.'],
  },
  {
    cue: 'billing for work nobody asked for, cost far over the estimate',
    category: 'broken-promise',
    yes: ['Please stop billing us for the extra hours.', 'The invoice includes work we did not ask for.', 'The final bill is double the original estimate.'],
    no: ['Please send the invoice for the extra hours.', 'The final bill matches the original estimate.'],
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
    expect(flagged('I agree, the new layout works well for us.')).toBe(false);
  });

  it('displeasure with someone else (our current provider, our own supplier) is not aimed at us', () => {
    expect(flagged('We are unhappy with our current email provider and would like a quote for your managed service.')).toBe(false);
    expect(shown('We are unhappy with your support this month.')).toContain('frustration');
  });

  it('"bring in another developer" instead of you is a churn threat; one more pair of hands is not', () => {
    expect(analyzeTone('If this is not fixed by Friday we will bring in another developer.').level).toBe('escalation');
    expect(analyzeTone('We will bring in another developer from our side to help with the testing.').signals.map((x) => x.category)).not.toContain('churn-threat');
    expect(flagged('We are bringing in another agency to help with the print work, your team stays on the website.')).toBe(false);
  });

  it('someone else saying it is fixed is not the problem being solved', () => {
    expect(flagged('The engineer says it is fixed, and the printers failed again an hour later.')).toBe(true);
    expect(flagged('The printers are fixed now, thanks for sending the engineer.')).toBe(false);
  });

  it('feelings about our own side or a former supplier, waiting on our own board, routing to a department, cancelling an order: not complaints about us', () => {
    for (const text of [
      'We had a terrible experience with our previous agency, which is why we came to you.',
      'We are still waiting on our board to approve the budget, so no news yet, sorry.',
      'Please escalate this to your billing team, they need to update our VAT number.',
      'We are cancelling the order for the chairs, the budget went elsewhere.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
    expect(flagged('We had a terrible experience with your support desk this week.')).toBe(true);
    expect(flagged('We are still waiting for the refund you promised in May.')).toBe(true);
    expect(analyzeTone('Please escalate this to your manager, we have waited two weeks.').level).toBe('escalation');
  });

  it('an expected delivery that did not come, and not what we pay for', () => {
    expect(flagged('We expected the designs on Monday. It is Thursday and we have nothing.')).toBe(true);
    expect(flagged('We expected the designs on Monday, and they arrived on Monday. Thanks!')).toBe(false);
    expect(shown('Frankly, the last sprint was not what we pay for.')).toContain('broken-promise');
  });

  it('a wrong invoice is a billing complaint; a query about one, with no pressure, is only a concern', () => {
    expect(flagged('Invoice 4410 is wrong. We agreed a monthly rate. Please reissue it.')).toBe(true);
    const query = analyzeTone('I think the invoice is wrong, the VAT line looks off. Could you double-check when you have a moment?');
    expect(query.unhappy).toBe(false);
    expect(query.level).toBe('concerned');
    // "when you have a moment" does not calm a worried client down to calm (the demo's concerned email).
    const worried = analyzeTone(
      "Quick check on the app release. The last update said the route screen was still in testing, and I haven't seen a new build this week. I'm a little worried about the date: our drivers start training on the 14th, so a delay would be a problem for us. Could you send me a short update when you have a moment?",
    );
    expect(worried.level).toBe('concerned');
  });

  it('more client-mail complaint wording', () => {
    const flagged = [
      'Could someone please explain why we were invoiced for a workshop that never happened?',
      'Our team spent two days cleaning up data your import corrupted.',
      'We trusted you with the launch and it has been a mess from start to finish.',
      'Your support desk keeps closing our tickets without fixing anything.',
      'If I do not hear back by tomorrow I will be taking this further.',
      'I have been more than patient, but this is now costing us customers.',
      'Why am I only hearing about the delay now, two days before launch?',
    ];
    for (const text of flagged) expect(analyzeTone(text).unhappy, text).toBe(true);
    const ordinary = [
      'We spent two days at the conference, great leads.',
      'Please keep closing the old tickets as you go, thanks.',
      'Could you explain why the export takes ten minutes? Just curious, it is fine.',
      'We trusted you with the launch and it went brilliantly.',
    ];
    for (const text of ordinary) expect(analyzeTone(text).unhappy, text).toBe(false);
  });

  it('a softener followed by "but" does not calm the complaint after it', () => {
    const softened = analyzeTone('I hate to chase, but the purchase order has been sitting with you for three weeks.').score!;
    const plain = analyzeTone('The purchase order has been sitting with you for three weeks.').score!;
    expect(softened).toBeGreaterThanOrEqual(plain - 5);
    expect(flagged('I hate to chase! Did the purchase order come through on your side?')).toBe(false);
  });

  it('"until it is fixed" is a condition, not a fix; withholding payment "as agreed" is not a threat', () => {
    const r = analyzeTone('We will withhold payment until the defects are fixed.');
    expect(r.level).toBe('escalation');
    expect(analyzeTone('Please let us know once the export is fixed.').score!).toBeGreaterThan(analyzeTone('The export is fixed, thanks.').score!);
    expect(flagged('As agreed, we withhold payment until sign-off, as per the contract.')).toBe(false);
  });

  it('ordinary office mail: "let us look at other options", unsubscribing, "send it again?", several errors in a draft', () => {
    for (const text of [
      'The deal fell through last night. Let us regroup on Monday and look at other options.',
      'Please cancel my subscription to the weekly digest, I get the same news elsewhere.',
      'Can you send me the numbers again? I deleted the email by accident.',
      'Please review the attached draft. There are several errors in section 3 that need fixing before we send it out.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
    expect(analyzeTone('If this is not fixed by Friday we will look at other options.').level).toBe('escalation');
    expect(analyzeTone('Please cancel our subscription, we have had enough of the outages.').level).toBe('escalation');
    expect(shown('The portal is down again?!')).toContain('repeat-failure');
  });

  it('going over our heads or lawyers reviewing their options is escalation risk; routine legal review and internal follow-up are not', () => {
    expect(analyzeTone('I am going to have to raise this with your managing director. We have been patient for two months.').level).toBe('escalation');
    expect(analyzeTone('Our solicitors are now reviewing our options regarding the lost data.').level).toBe('escalation');
    expect(flagged('Our legal team has reviewed the contract and is happy with it.')).toBe(false);
    expect(flagged('I will raise this with our finance team tomorrow and come back to you.')).toBe(false);
  });

  it('routine copying, board approval and new business are not escalation', () => {
    for (const text of [
      'Copying in Mark, our CFO, who will handle the invoice.',
      'We will take this to our board next week for approval.',
      'I would like a call with whoever runs your design team to talk about a new project.',
    ]) {
      const r = analyzeTone(text);
      expect(r.signals.map((x) => x.category), text).not.toContain('escalation-request');
      expect(r.unhappy, text).toBe(false);
    }
    expect(analyzeTone('I am copying in Dave, our COO, because this is not getting the attention it needs.').level).toBe('escalation');
  });

  it('understated business complaints from the third blind set, in new words', () => {
    for (const text of [
      'I raised ticket 5521 nine days ago. No one has contacted me since.',
      'Honestly, I am struggling to see what we got for this month\'s fee.',
      'After this quarter we will be putting the support contract out to tender.',
      'Our field staff cannot do their jobs while the tablets keep crashing.',
      'Your engineer changed the firewall rules without telling anyone. This cannot happen again.',
      'We have received formal advice and are putting you on notice of the defects.',
      'The revised plan slips another month with no explanation. That does not work for us.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(true);
    expect(shown('The app icons look nothing like the ones we approved.')).toContain('broken-promise');
    // One terse damage report is a concern on its own (score ~40), not a flag.
    expect(shown('Two of the five screens arrived cracked. Sort it out please.')).toContain('broken-promise');
    expect(shown('All five screens arrived safely, thanks.')).not.toContain('broken-promise');
    for (const text of [
      'That works for us, thanks.',
      'Your jokes cracked me up at the workshop.',
      'We opened the new office two weeks ago, come and visit!',
      'The plan looks nothing like last year, in a good way. Great work.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
  });

  it('routine tenders, legal reviews of contract options, other agencies for other work, no data yet: not threats', () => {
    for (const text of [
      'We put the printing contract out to tender every year; could you send us your rates?',
      'Our legal team is reviewing the contract options and will come back to you next week.',
      'We are now speaking to two other agencies about the print work only; your web work is great.',
      'We have no data for the last week yet, the export runs on Monday.',
    ]) {
      const r = analyzeTone(text);
      expect(r.level, text).not.toBe('escalation');
      expect(r.unhappy, text).toBe(false);
    }
    expect(analyzeTone('We are speaking to other agencies about the account.').level).toBe('escalation');
    expect(analyzeTone('Our lawyers are reviewing our options.').level).toBe('escalation');
  });

  it('"not your fault", a deal lost to a competitor and an amicable non-renewal are not complaints about us', () => {
    const level = (text: string) => analyzeTone(text).level;
    expect(level('We lost the Henderson deal to a competitor on price. Not your fault at all, the brief was great.')).toBe('calm');
    expect(level("Unfortunately we won't be renewing the sponsorship this year because our budget was cut. We loved working with you.")).toBe('calm');
    expect(level('We will not be renewing the contract after the way the last project went.')).toBe('escalation');
    expect(level('It is entirely your fault that the launch slipped.')).not.toBe('calm');
    expect(shown('We are moving our account to a competitor next month.')).toContain('churn-threat');
  });

  it('"thanks a lot" is sarcasm after a failure, thanks in a polite request; "no need to do anything" calms', () => {
    expect(shown('The export is broken again. Thanks a lot.')).toContain('sarcasm');
    expect(shown('Thanks a lot for nothing.')).toContain('sarcasm');
    expect(shown('Could you reissue the invoice with our VAT number added? Thanks a lot.')).not.toContain('sarcasm');
    expect(flagged('Could you reissue the invoice with our VAT number added? Thanks a lot.')).toBe(false);
    const own = 'The backup job failed last night because the disk on our NAS is full.';
    expect(analyzeTone(`${own} No need to do anything on your side.`).score!).toBeLessThan(analyzeTone(own).score!);
  });

  it('"not what we signed up for" and a demand that work be checked before it reaches them in future', () => {
    expect(flagged("We're spending our own time testing your releases. That isn't what we signed up for.")).toBe(true);
    expect(flagged('The report went out with last year\'s figures. Can you make sure this is checked before anything is sent to us in future?')).toBe(true);
    expect(flagged('We signed up for the premium plan last week and love it.')).toBe(false);
    expect(flagged('Please make sure this is checked before it goes to print, thanks.')).toBe(false);
  });

  it('an invoice that bills for something cancelled is a billing complaint; one that lists what took place is not', () => {
    expect(shown('The bill includes two site visits, which were cancelled by your team.')).toContain('broken-promise');
    expect(flagged('The invoice includes the travel costs for the visit, which was confirmed last week. Thanks!')).toBe(false);
  });

  it('still waiting for something from their own side is news, not a complaint about us', () => {
    expect(flagged("We're still waiting for the signed PO from our procurement team; as soon as I have it I'll send it over.")).toBe(false);
    expect(shown('We are still waiting for the refund from your team, three weeks now.')).toContain('broken-promise');
  });

  it('health news explaining a delay is not displeasure', () => {
    expect(flagged("We had a terrible week with the flu going around the office, so we're behind on the review. Feedback by Wednesday.")).toBe(false);
  });

  it('the wrong thing sent, work that ignores what was agreed, and billing for more than was used', () => {
    expect(flagged('The install guide your team sent was for the wrong version. We start on Monday.')).toBe(true);
    expect(flagged("I'm afraid the mock-ups don't reflect what we agreed in the kickoff. Can we talk?")).toBe(true);
    expect(shown('You billed us for 12 seats but we only have 8 people on the plan.')).toContain('broken-promise');
    expect(flagged('The mock-ups reflect what we agreed in the kickoff, thanks. Can we talk about next steps?')).toBe(false);
    expect(flagged('Please bill us for 12 seats from next month, we are hiring.')).toBe(false);
  });

  it('"still no word" is news about someone else when the sender is the one chasing them', () => {
    expect(flagged("Still no word from the printer on the delivery date, I'll chase them again tomorrow.")).toBe(false);
    expect(flagged('Still no word from your team on the delivery date. This is the third time I ask.')).toBe(true);
  });

  it('understated complaints: rework, lateness, a concern about how the work is done', () => {
    expect(flagged('The captions came back in the wrong style, which we specified in the brief. We will need them redone.')).toBe(true);
    expect(flagged('I spent three evenings cleaning up the report your team delivered. Next time I need it board-ready.')).toBe(true);
    expect(flagged('The technician arrived three hours late and left before the setup was finished.')).toBe(true);
    expect(flagged("We're not comfortable with the way the cut-over was handled. Nobody checked with us first.")).toBe(true);
    // Look-alikes that are ordinary mail.
    expect(flagged('I arrived late to the call, sorry about that.')).toBe(false);
    expect(flagged('We need the slides redone in the new template, no rush.')).toBe(false);
    expect(shown("I'd like a conversation about your roadmap for next year.")).not.toContain('polite-anger');
    expect(flagged('Our installer arrived late because of the snow, all fine now.')).toBe(false);
  });

  it("a third party's feelings are not the sender's; hearing it from their customers first and unmatched hours are complaints", () => {
    expect(flagged('The client was unhappy with the first draft, so let us regroup tomorrow and agree on changes.')).toBe(false);
    expect(flagged('The client hated the first concept, so we need a new direction by Friday.')).toBe(false);
    expect(shown('I am unhappy with the first draft.')).toContain('frustration');
    // A client relaying their own people's displeasure is still a complaint.
    expect(shown('Our CEO was unhappy with your first draft.')).toContain('frustration');
    expect(flagged('Our customers hate the new checkout you built.')).toBe(true);
    expect(flagged("We'd expect to hear about a data breach from you, not from our clients.")).toBe(true);
    expect(shown('There are 14 hours on the invoice I cannot match to any work.')).toContain('broken-promise');
  });

  it('marked done but not done, each release needing a hotfix, stuck on hold, billed for an upgrade never made', () => {
    expect(shown('The ticket was marked resolved but the export is still failing.')).toContain('broken-promise');
    expect(shown('The last four releases each needed a hotfix.')).toContain('repeat-failure');
    expect(flagged('Our team spent the morning on hold with your support line and got cut off twice.')).toBe(true);
    expect(shown('Why were we billed for the premium tier? We never upgraded.')).toContain('broken-promise');
    expect(shown("We've been patient, but we need the export working before month end.")).toContain('frustration');
    // Look-alikes.
    expect(flagged('The ticket was marked resolved and it works fine now, thanks.')).toBe(false);
    expect(flagged('I was on hold for a minute until your colleague picked up, all sorted now, thanks.')).toBe(false);
    expect(shown('We never signed up for the newsletter, please remove us.')).not.toContain('broken-promise');
  });

  it('withholding payment is a threat (escalation risk), paying late is not', () => {
    const r = analyzeTone('We will not be paying invoice 311 until the defects are fixed.');
    expect(r.unhappy).toBe(true);
    expect(r.level).toBe('escalation');
    expect(flagged('We will be paying invoice 311 on Tuesday, sorry for the delay.')).toBe(false);
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
    expect(flagged('Our booking site is down. Please call me ASAP, this cannot wait.')).toBe(true);
    expect(flagged('The brochure you sent is full of errors. We cannot print it and the launch is on Friday.')).toBe(true);
    expect(flagged('Our booking site will be down on Sunday night for planned maintenance.')).toBe(false);
  });

  it('a client owning the mistake, or sharing their own incident for information, is not a complaint', () => {
    for (const text of [
      'Apologies, I sent you the wrong spreadsheet yesterday. My mistake entirely, here is the right one.',
      'Our own file server failed on Tuesday after an upgrade on our side. No action needed from your team, sharing for visibility.',
      'A pipe burst in our office over the weekend, awful mess, so we may be slow this week. Nothing needed from you.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
  });

  it('understated complaints from the fifth blind set, in new words', () => {
    const cases: [SignalCategory, string, string][] = [
      // [category, complaint, look-alike that must not show it]
      ['broken-promise', 'Sign-ups are a long way below what you forecast in the proposal.', 'Sign-ups are well above what you forecast in the proposal.'],
      ['broken-promise', 'The label stock is a different shade from the sample we approved.', 'The label stock is the same shade as the sample we approved.'],
      ['broken-promise', 'The kiosks were installed without the card readers.', 'The kiosks were installed without a hitch.'],
      ['broken-promise', 'The rota your team prepared has the wrong shift times for March.', 'The rota your team prepared has the new shift times for March.'],
      ['broken-promise', "The new logo isn't what we had in mind at all.", "The new logo isn't what we had in mind, it's even better."],
      ['broken-promise', "Three of the temps don't meet the requirements we set out.", 'All the temps meet the requirements we set out.'],
      ['broken-promise', 'The mailing went to the old list even though we sent the new one on Monday.', 'Even though we sent the list late, you got the mailing out on time, thanks.'],
      ['broken-promise', 'The ads carried on running for a week after we asked for them to stop.', 'We asked for the ads to stop after the sale, and they did.'],
      ['broken-promise', 'At no stage were we told the hours were running over.', 'Your team kept us posted at every stage on the hours.'],
      ['broken-promise', 'We were under the impression you had renewed the certificate.', 'We were under pressure this week, so thanks for renewing the certificate.'],
      ['broken-promise', 'Last week counts as a breach of the SLA.', 'The SLA renewal is attached.'],
      ['repeat-failure', 'The handover has slipped again.', 'The handover went well again.'],
      ['repeat-failure', 'The install date has been moved again, now to June.', 'We moved office again, new address below.'],
      ['repeat-failure', 'That is the fourth Friday when the export has not run.', 'That is the fourth Friday of the month, so the office is closed.'],
      ['repeat-failure', 'Each report has needed three rounds of corrections.', 'The fee includes two rounds of revisions.'],
      ['polite-anger', 'We would like to understand what went wrong with the payroll run.', 'We would like to understand the new payroll process.'],
      ['polite-anger', 'What is being done to prevent this next month?', 'What is being done about the office party?'],
      ['polite-anger', 'How do you intend to fix that?', 'How do you intend to structure the workshop?'],
      ['polite-anger', 'We need to see a real improvement before the renewal.', 'We hope to see you before the renewal.'],
      ['polite-anger', 'The guests were patient. We are less so.', 'The guests were patient, and so were we.'],
      ['polite-anger', 'I was taken aback to receive a bill for the call-out.', 'I was pleased to receive the bill early, thanks.'],
      ['frustration', 'Given how the last two audits went, we need a different approach.', 'Given how well the last two audits went, let us keep the same approach.'],
      ['frustration', 'Not the best start to the year for our account.', 'Not the best time for a call, can we do Friday?'],
      ['frustration', 'Our managers no longer trust your estimates.', 'Our managers trust your estimates.'],
      ['frustration', 'Please formally record this as a complaint.', 'Please record the call for the minutes.'],
      ['urgency', 'Half our drivers could not work on Tuesday because of the app.', 'Half our drivers could not work out the new app, could you run a training?'],
      ['urgency', 'I had to apologise to our tenants for the second time.', 'I had to leave early, sorry.'],
      ['urgency', 'It took our accountant two whole days to reconcile the statements.', 'It took our accountant two days to review the proposal, all fine.'],
      ['urgency', 'We cannot give these out at the open day.', 'We cannot give out the wifi password by email, sorry.'],
      ['churn-threat', 'Our board wants us to get proposals from three other agencies.', 'We get quotes from three other suppliers for any order over £10k, as standard.'],
      ['churn-threat', 'If this does not improve we will have to rethink the whole arrangement.', 'We will have to rethink the arrangement for the Christmas party.'],
      ['blame', 'We expect the leaflets to be reprinted at no extra cost.', 'We expect the leaflets to be printed on recycled paper.'],
      ['blame', 'Who will be covering the late fees?', 'Who will be covering reception while Sam is away?'],
    ];
    for (const [category, yes, no] of cases) {
      expect.soft(shown(yes), yes).toContain(category);
      expect.soft(shown(no), no).not.toContain(category);
    }
  });

  it('a failure that someone else owns, and is on, is office news, not a complaint about us', () => {
    for (const text of [
      'Nobody told us the car park would be shut on Friday.',
      'The coffee machine is broken again, the office manager is on it.',
      'The scanner is down again, our IT team knows.',
      'The sync failed again because the drive on our file server is full.',
      "We haven't received the monitors for the new starters, could you check with the courier?",
      'Per my last email, the workshop is on Thursday in room 4.',
      'Per my last note, attached is the agenda.',
      "Still waiting on sign-off from our finance director, I'll send it over when I have it.",
      'The lift is out of order again, so please use the stairs.',
    ]) expect(flagged(text), text).toBe(false);
    // The same failures put on us stay complaints.
    expect(shown('Nobody told us the portal would be shut on Friday.')).toContain('broken-promise');
    for (const text of [
      'The scanner is down again, third time this week.',
      'We have not received the monitors you promised for the new starters.',
      'Per my last email, we still need the invoice corrected.',
      'The payments failed again because our account was blocked by your fraud team.',
    ]) expect(flagged(text), text).toBe(true);
  });

  it('spelt-out business acronyms are names, not shouting', () => {
    expect(shown('Our GDPR request to HMRC went out today.')).not.toContain('shouting');
    expect(shown('This is NEVER acceptable.')).toContain('shouting');
  });

  it('"no action" as a complaint still counts; "no action needed" does not', () => {
    const cats = (t: string) => analyzeTone(t).signals.map((s) => s.category);
    expect(cats('Two weeks and still no action on the refund.')).toContain('broken-promise');
    expect(cats('No action needed on your side, all good.')).not.toContain('broken-promise');
  });
});
