import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 29 (issue #4): what b2b-blind51, 52 and 53 showed. Sentences written for this test, each beside a look-alike.

describe('not a complaint', () => {
  it('a feeling just before news of a third party is about that news', () => {
    expect(analyzeTone("Hi Greg,\n\nI'm honestly furious. The IRS has sent us another notice claiming we didn't file for Q2, even though we have the confirmation. Can you handle the response to them?\n\nTina").unhappy).toBe(false);
    expect(analyzeTone("Hi Greg,\n\nI'm honestly furious. You have sent us another notice claiming we didn't file for Q2, even though we have the confirmation. Can you handle it?\n\nTina").unhappy).toBe(true);
  });

  it("their bank's doing, with the recipient's file said to be fine", () => {
    expect(analyzeTone("Hi Aisha,\n\nOur bank bounced this month's payment file. It turns out they changed our payment limit without telling us. Genuinely infuriating. Your file was fine. Could your team resubmit once I confirm?\n\nSteve").unhappy).toBe(false);
  });

  it("a provider's outage 'rather than anything on your side', swearing at the snow", () => {
    expect(analyzeTone("Hi support,\n\nOur backup jobs all failed last night. Microsoft had a major 365 outage over the same window, so I'm assuming that's the cause rather than anything on your side. Could you confirm the jobs catch up on their own?\n\nMagda").unhappy).toBe(false);
    expect(kinds('This bloody snow! The airport is closed and our engineers are stuck.')).not.toContain('profanity');
    expect(kinds('This bloody invoice is wrong again.')).toContain('profanity');
  });

  it('a condition, a team name, an out-of-office note', () => {
    expect(kinds('What is your process if we are not satisfied with a deliverable?')).not.toContain('frustration');
    expect(kinds('We are not satisfied with the deliverable.')).toContain('frustration');
    expect(kinds('Please add her to the Litigation Teams channel.')).not.toContain('legal-threat');
    expect(kinds('We are considering litigation.')).toContain('legal-threat');
    expect(kinds('I am out of the office until Monday 14th. The projector in B12 failed this morning.')).toContain('unhurried');
  });
});

describe('a complaint in plain words', () => {
  it('talked down to, someone to actually answer, a one-word demand', () => {
    expect(kinds("I don't expect to be talked down to.")).toContain('frustration');
    expect(kinds("I'd like someone to actually answer the question.")).toContain('polite-anger');
    expect(kinds("I'd like someone to answer the question.")).not.toContain('polite-anger');
    expect(kinds("We opened doors with no monitors. Explain.")).toContain('polite-anger');
    expect(kinds('Could you explain the new tariff?')).not.toContain('polite-anger');
  });

  it('the crew late against the time booked, the cost absorbed', () => {
    expect(kinds('Your crew showed up at 9:40 for an 8:00 load-in.')).toContain('broken-promise');
    expect(kinds("I've had to eat the overtime on the venue.")).toContain('impact');
  });

  it('the third case since January, a free remake, the cost to cover', () => {
    expect(kinds('This is the third case since January where the shade differs.')).toContain('repeat-failure');
    expect(kinds('Please remake case 7781 at no charge.')).toContain('service-failure');
    expect(kinds('Please remake case 7781 in shade A2.')).not.toContain('service-failure');
    expect(kinds("I'll need you to cover that - can you confirm?")).toContain('blame');
  });

  it('the continuation of the contract, your managing director directly', () => {
    expect(kinds('Depending on the result, we must consider the continuation of the contract.')).toContain('churn-threat');
    expect(kinds('Mr Sato wishes to meet your Managing Director directly.')).toContain('escalation-request');
  });
});

describe('an out-of-office note passing a fault on', () => {
  const note = (s: string) => `I'm on annual leave until Monday 8th.\n\nFYI the handheld scanner at Dock 3 failed again this morning (won't sync with the WMS). ${s}Priya is covering; please call her and she'll get your tech in.\n\nThanks,\nSam`;
  it('is a handover even when the fault is back, and says so', () => {
    const r = analyzeTone(note(''));
    expect(r.unhappy).toBe(false);
    expect(r.reasons.join(' ')).toContain('An out-of-office note');
  });
  it('unless it is angry', () => {
    expect(analyzeTone(note('Frankly this is unacceptable and I am fed up with it. ')).unhappy).toBe(true);
  });
});
