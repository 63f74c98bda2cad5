import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 42 (issue #4): what b2b-blind109, 110, 111 and 112 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints', () => {
  it('"I\'m fairly sure it\'s us", "if it was us", "we seem to have lost the key"', () => {
    expect(analyzeTone("Hi Rebecca,\n\nOur February bill was about double the usual. I'm fairly sure it's us - the heaters upstairs were left on all week.\n\nCould you send the usage by day? And if it was us, could you suggest anything to stop it happening again?\n\nThanks,\nMartin").unhappy).toBe(false);
    expect(analyzeTone("Hi Jess,\n\nSlightly embarrassing one - we seem to have lost the key to the console in our kitchen. One of our cleaners may have taken it home, but it hasn't turned up.\n\nCould you send a replacement and let me know the cost?\n\nThanks,\nRob").unhappy).toBe(false);
  });

  it('"I know this isn\'t on you, but is there anything you can do?" clears them of a third party\'s delay', () => {
    const mail = (aside: string) => `Hi Gemma,\n\nThe network operator has pushed back energisation of our new supply from 10 June to late July. It's incredibly frustrating, as our tenant moves in on 1 July.\n\n${aside} is there anything you can do from your side to nudge them?\n\nThanks,\nIan`;
    expect(analyzeTone(mail("I know this isn't on you, but")).unhappy).toBe(false);
  });

  it('a bank that bounced a batch of payments, "yours included"', () => {
    expect(analyzeTone("Hi Suzanne,\n\nJust a heads up - our bank had a problem with Friday's payment run and a whole batch of supplier payments bounced, yours (INV-5093) included. Total nightmare this end.\n\nIt's being re-sent today. Sorry for the hassle.\n\nThanks,\nGraham").unhappy).toBe(false);
  });

  it('leaving for their own move, an air traffic control strike, a conditional "we\'ve got nothing"', () => {
    expect(kinds("We won't be renewing the maintenance contract when it ends in December. The company is consolidating into our new head office, so it's out of our hands.")).not.toContain('churn-threat');
    expect(kinds("We won't be renewing the maintenance contract when it ends in December, after the last two summers.")).toContain('churn-threat');
    expect(analyzeTone("Hi Marco,\n\nI've seen the news about the air traffic control strikes in France next week. We have 9 people flying to Lyon, and two can't miss a client event on the 17th, so I'm a bit worried.\n\nCould you look at the options? I'd rather pay more now than have them stuck.\n\nThanks,\nJenny").unhappy).toBe(false);
    expect(kinds("If one of them goes in the summer we've got nothing to cool the packing area.")).not.toContain('broken-promise');
    expect(kinds("We've got nothing from your team since Tuesday.")).toContain('broken-promise');
  });

  it('their lawyers asking for boxes to be kept is an instruction', () => {
    expect(kinds('Please destroy the rest; our legal team want these three kept for another two years.')).not.toContain('legal-threat');
    expect(kinds('Our legal team want an explanation by Friday.')).toContain('legal-threat');
  });
});

describe('complaints found', () => {
  it('a payment taken twice; still billed at the wrong rate', () => {
    expect(kinds('On 1 June you took from our account the direct debit of £2,318.40 two times.')).toContain('service-failure');
    expect(kinds('You are still billing us on 500 kVA.')).toContain('service-failure');
    expect(kinds('Are you still charging for delivery on orders under £50?')).not.toContain('service-failure');
  });

  it('only an automatic answer; their promise quoted back; thought it was resolved', () => {
    expect(kinds('I sent an email on 3 June and received only an automatic answer, after this nothing.')).toContain('broken-promise');
    expect(kinds('On 3 April you wrote: "Going forward, unused credits will be applied automatically."')).toContain('broken-promise');
    expect(kinds('We raised this in February and I thought it had been resolved.')).toContain('broken-promise');
    expect(kinds('As you wrote, the credits apply from May.')).not.toContain('broken-promise');
  });

  it('counting the invoices; this conversation before; sent to you twice', () => {
    expect(kinds("That's three invoices now.")).toContain('repeat-failure');
    expect(kinds("We've had this conversation about site rules before.")).toContain('repeat-failure');
    expect(kinds('The letter from the network operator has been sent to you twice.')).toContain('repeat-failure');
    expect(kinds("That's three invoices paid, thanks.")).not.toContain('repeat-failure');
  });

  it('left in a state or unlocked; worse since their repair', () => {
    expect(kinds('After your visit the plant room was left in a bit of a state.')).toContain('service-failure');
    expect(kinds('The roof hatch was left unlocked overnight by one of our cleaners.')).not.toContain('service-failure');
    expect(kinds("Since your engineer replaced the fan it's been noticeably louder.")).toContain('problem');
    expect(kinds("Since your engineer replaced the fan it's been lovely and quiet.")).not.toContain('problem');
  });

  it('a formal complaint logged; done phoning; more than their stock answer; a second visit to fix the first', () => {
    expect(kinds('Please log this as a formal complaint.')).toContain('legal-threat');
    expect(kinds("I'm done phoning.")).toContain('frustration');
    expect(kinds('I need more than "we\'re still looking".')).toContain('polite-anger');
    expect(kinds("I'd rather not be charged for a second visit to fix the first one.")).toContain('polite-anger');
    expect(kinds('Can you tell me what search has actually been done?')).toContain('polite-anger');
  });

  it('work suspended until they explain; the operations director copied; payments held', () => {
    expect(kinds('All further collections are suspended until we have had a full explanation.')).toContain('legal-threat');
    expect(kinds('All deliveries are paused until we reopen after the refit.')).not.toContain('legal-threat');
    expect(kinds('Our Operations Director, Mr Patel, is copied.')).toContain('escalation-request');
    expect(kinds("I've asked accounts to put all four outstanding invoices on hold (3390-12 to 3390-15) until the charge is corrected.")).toContain('legal-threat');
  });

  it('very nearly wrote it off', () => {
    expect(kinds('So we very nearly wrote off £410 we were entitled to.')).toContain('impact');
  });
});
