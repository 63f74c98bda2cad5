import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { measure } from '../../lib/tone/measure';
import { cueKinds as kinds } from './cue-kinds';

// Round 23 (issue #4): what b2b-blind27, 28 and 29 showed. Sentences written for this test, each beside a look-alike.

describe('the formal complaint in business words', () => {
  it('assured it was fixed, the same issues again, hoped it was behind us', () => {
    expect(kinds('We raised this in March and were assured the checks had been tightened.')).toContain('broken-promise');
    expect(kinds('We found almost exactly the same issues in Wave 2.')).toContain('repeat-failure');
    expect(kinds('Same thing happened in April with unit 9.')).toContain('repeat-failure');
    expect(kinds("I had hoped we'd put this behind us.")).toContain('disappointment');
    expect(kinds('We were assured by our own IT team that the new laptops would arrive Monday.')).not.toContain('broken-promise');
  });

  it('the cost, the solicitor, the ultimatum', () => {
    expect(kinds("I don't think the cost should fall on us.")).toContain('blame');
    expect(kinds("I've informed our insurer and our solicitor.")).toContain('legal-threat');
    expect(kinds('Please preserve all records and the job sheet.')).toContain('legal-threat');
    expect(kinds("Fix it or I'm pulling every invoice from this year for audit.")).toContain('legal-threat');
    expect(kinds('Our legal team want a copy for their file.')).not.toContain('legal-threat');
  });

  it('over the service desk, the fleet withdrawn, the renewal held', () => {
    expect(kinds("I'm writing to you as Managing Director because this can't be handled at service desk level.")).toContain('escalation-request');
    expect(kinds('We have withdrawn all nine of our vehicles from your service schedule.')).toContain('churn-threat');
    expect(kinds("We've started an evaluation of two alternative platforms.")).toContain('churn-threat');
    expect(kinds('Procurement has asked me to hold the signature until then.')).toContain('churn-threat');
    expect(kinds('Could your VP of Customer Success reach out to me directly this week?')).toContain('escalation-request');
  });

  it('bare figures and dry lines', () => {
    expect(kinds('Previous invoice (July): quoted £800 fixed, invoiced £1,960. Credited after query.')).toContain('broken-promise');
    expect(kinds('As discussed, twice, the question was about notice.')).toContain('polite-anger');
    expect(kinds('What process change will stop this recurring?')).toContain('polite-anger');
    expect(kinds('Send me the spec so I can stop this happening again.')).not.toContain('polite-anger');
    expect(kinds('Good to know the priority flag is working, then.')).toContain('sarcasm');
    expect(kinds('Not letting it go this time.')).toContain('frustration');
    expect(kinds('Still on the invoice.')).toContain('service-failure');
  });
});

describe('not a complaint', () => {
  it('a fault that trips three times a day, no need for an emergency call-out', () => {
    expect(kinds('The switch trips two or three times a day in the evening.')).not.toContain('repeat-failure');
    expect(kinds('Please arrange a visit, no need for an emergency call-out.')).not.toContain('urgency');
    expect(kinds('Please arrange a visit, no need for an emergency call-out.')).toContain('unhurried');
  });

  it('said outright: not unhappy with you, none of this is a complaint, no criticism, your doing', () => {
    for (const s of ['Please do not misunderstand, I am not unhappy with you and I want to continue.', 'None of this is a complaint - we would happily recommend you.', 'No criticism of anyone - these were good fakes.', 'I know none of this is your doing; you were brilliant with the last one.']) {
      expect(analyzeTone(`Hi Sam,\n\nThe samples failed twice this week and the results were terrible. ${s}\n\nThanks,\nAnn`).unhappy, s).toBe(false);
    }
  });

  it('"none of this is your personal fault, but…" still leaves the renewal in doubt', () => {
    expect(analyzeTone("Hi Priya,\n\nThe sync has failed four times since January, and we were promised SSO in November. I know none of this is your personal fault. But when our renewal comes up in June, I'm not going to be the one arguing to keep you.\n\nJordan").unhappy).toBe(true);
  });

  it('their own customer called them thieves; the recipient always knows what to do', () => {
    expect(kinds('She left five reviews calling us thieves.')).not.toContain('hostility');
    expect(kinds('You always know how to handle these things.')).not.toContain('blame');
    expect(kinds('You always blame the courier.')).toContain('blame');
  });

  it('retries that succeed, a sign quoted in capitals, acronyms', () => {
    expect(kinds('Retries usually succeed on the second attempt.')).not.toContain('repeat-failure');
    expect(measure('I sent them a letter with DO NOT FLUSH in capitals.').bodyCues.map((c) => c.kind)).not.toContain('shouting');
    expect(kinds('The MHRA notice covers container MSKU 4471230.')).not.toContain('shouting');
    expect(kinds('This is STILL broken.')).toContain('shouting');
  });
});

describe("the sender's own customer or tenant", () => {
  it('a customer who came in demanding a refund is their trouble, not ours', () => {
    const r = analyzeTone("Hi Kezia,\n\nWhat a week! We had a customer come in Saturday demanding a full refund on a cake she ate half of, and when we said no she left five one-star reviews. My staff are upset.\n\nCan you draft a calm reply we can post? You always know how to handle these things.\n\nTanya");
    expect(r.unhappy).toBe(false);
  });

  it('a blockage recharged to the tenant; "before you ask" names nobody', () => {
    const r = analyzeTone("Hi Lee,\n\nFlat 7 has a blocked toilet again. Before you ask: yes, it's the same tenant, and yes, it's wipes again.\n\nCould you get someone round today? Please put it on a separate invoice, as I'll be recharging it to the tenant this time.\n\nJo");
    expect(r.unhappy).toBe(false);
    expect(analyzeTone("Hi Lee,\n\nFlat 7 has a blocked toilet again, the third time since your plumber 'fixed' it. Before you ask: no, it's not the tenant.\n\nJo").unhappy).toBe(true);
  });
});
