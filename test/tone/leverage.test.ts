import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 12 (issue #4): a client who states the record calmly and uses leverage instead of anger, and
// ordinary mail whose trouble is a third party's. Sentences written for this test, each beside a
// look-alike that must not count.

describe('leverage, stated calmly', () => {
  it('holding back payment until the work is done', () => {
    expect(kinds("I've put invoice 3312 on hold with our accounts team until the analytics work is delivered.")).toContain('legal-threat');
    expect(kinds("We'll release payment once the Phase 2 deliverables are complete and signed off.")).toContain('legal-threat');
    expect(kinds("I've put invoice 3312 on hold until our finance team sorts out the PO number.")).not.toContain('legal-threat');
    expect(kinds("We'll release payment once the invoice has been approved by finance.")).not.toContain('legal-threat');
  });

  it('weighing whether to stay, with proposals from other firms', () => {
    expect(kinds('Linda and I have been talking about whether we stay with the firm next year.')).toContain('churn-threat');
    expect(kinds("We've had two other CPAs send us proposals.")).toContain('churn-threat');
    expect(kinds('We are deciding whether to stay in the office on Fridays.')).not.toContain('churn-threat');
  });

  it('an overrun set against the scope', () => {
    expect(kinds("We're now in week 9 of what was scoped as an eight-week engagement.")).toContain('broken-promise');
    expect(kinds("We're now in week 3 of the eight-week engagement and it is going well.")).not.toContain('broken-promise');
  });

  it('the time it took set against the agreement', () => {
    const text = 'Our last two tickets each took a bit over two business days to get a first response. My understanding is our agreement says 4 business hours for P3.';
    expect(kinds(text)).toEqual(expect.arrayContaining(['service-failure', 'broken-promise']));
    expect(kinds('My understanding is the meeting is on Thursday.')).not.toContain('broken-promise');
  });

  it('paid on an understanding that did not hold, and how long ago', () => {
    const text = "We paid the first retainer instalment on the understanding that we'd have a qualified shortlist within three weeks. That was four weeks ago.";
    expect(kinds(text)).toEqual(expect.arrayContaining(['broken-promise', 'elapsed']));
    expect(kinds('We met at the conference in Leeds. That was four weeks ago, and I have thought about it since.')).not.toContain('elapsed');
  });

  it('said in the brief, flagged before, a careful pass asked for', () => {
    const text = 'It was in the brief and we flagged it on draft 1 as well, so could you do a careful pass before draft 3 goes to our CEO?';
    expect(kinds(text)).toEqual(expect.arrayContaining(['broken-promise', 'repeat-failure', 'polite-anger']));
  });

  it('a site left in a mess, and what it cost', () => {
    expect(kinds('The site was a mess this morning and there is a stain on the new floor.')).toContain('problem');
    expect(kinds("That's the floor we paid $18k to have laid two weeks ago.")).toContain('problem');
    expect(kinds('I need someone to clean the site properly today.')).toContain('problem');
  });

  it('these add up to a flag on a calm, factual complaint', () => {
    const text = [
      'Hi Ben,',
      "I've put invoice 3312 on hold with our accounts team.",
      'The SOW for Phase 2 covered the landing page build, three email sequences and the analytics setup, with delivery by 30 August. The analytics work hasn\'t started.',
      "We'll release payment once the Phase 2 deliverables are complete, and I'd like a revised delivery plan with firm dates by Wednesday.",
      'Thanks,\nLaura',
    ].join('\n\n');
    expect(analyzeTone(text).unhappy).toBe(true);
  });
});

describe('trouble that is a third party\'s', () => {
  it('a bank, a named carrier or a supplier the sender chose', () => {
    expect(kinds('Our bank flagged the payment for your invoice #0419 as suspicious and blocked it.')).not.toContain('problem');
    expect(kinds('Unfortunately DHL has lost the parcel with the swatches we sent you.')).not.toContain('problem');
    expect(kinds('The printer we used for the brochures messed up the run, wrong paper stock.')).not.toContain('problem');
    expect(kinds('You lost the parcel with the swatches we sent.')).toContain('problem');
  });

  it('a message that clears the recipient makes the rest of its trouble news', () => {
    const cleared = 'The brochures came back trimmed crooked and on the wrong stock. Your files were perfect, the printer confirmed that.';
    expect(kinds(cleared)).not.toContain('problem');
    expect(kinds('The brochures came back trimmed crooked and on the wrong stock. Your files were perfect, but your proofing missed it.')).toContain('problem');
  });

  it('an angry review of their own business, quoted', () => {
    const text = 'We got a pretty nasty Google review last night: "Worst dining experience of my life. Rude waiter, cold food." Could you help me draft a reply?';
    expect(kinds(text)).not.toContain('frustration');
    expect(kinds("We've had 30 one-star reviews mentioning the bug your release was meant to fix.")).toContain('problem');
  });

  it('their own systems change, admitted', () => {
    const text = 'We moved to a new finance system in October and a batch of supplier invoices got stuck in a queue. Not a great look, I know.';
    expect(kinds(text)).not.toContain('problem');
    expect(kinds(text)).not.toContain('disappointment');
    expect(kinds('Not a great look for a firm of your size.')).toContain('disappointment');
  });

  it('a guess put to them to check is not a report', () => {
    expect(kinds('Could you check whether something is stuck on her account?')).not.toContain('problem');
    expect(kinds('Something is stuck on her account. Could you check?')).toContain('problem');
  });

  it('late payment interest is a term, not lateness', () => {
    expect(kinds("Let me know if there's any late payment interest to add.")).not.toContain('problem');
    expect(kinds('The engineer was late on Tuesday.')).toContain('problem');
  });

  it('an outage the provider fixed, with thanks', () => {
    expect(kinds('When the server went down you had us back up in under two hours. Everything has been rock solid since.')).toContain('resolved');
  });

  it('an amicable non-renewal after a budget cut', () => {
    const text = "Our budget for next year came back about 25% lower than we asked for. So we won't be renewing when the term ends.";
    expect(kinds(text)).not.toContain('churn-threat');
    expect(kinds("After three missed launches we won't be renewing when the term ends.")).toContain('churn-threat');
  });
});
