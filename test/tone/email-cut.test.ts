import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { emailScale, measure } from '../../lib/tone/measure';
import { EMAIL_MODEL, logit, MODEL, toScore } from '../../lib/tone/model';
import { cueKinds as kinds } from './cue-kinds';

// Rounds 30 and 31 (issue #4): email is flagged from what the model scores 65, and the plain failures
// that sat just above the old cut get the evidence they lacked.

describe('the email scale', () => {
  it('puts the flag at the model’s 65, keeps calm as it was and stays in order', () => {
    expect(emailScale(65)).toBe(50);
    expect(emailScale(64)).toBeLessThan(50);
    expect(emailScale(100)).toBe(100);
    for (const s of [0, 10, 25]) expect(emailScale(s)).toBe(s);
    for (let s = 1; s <= 100; s++) expect(emailScale(s)).toBeGreaterThanOrEqual(emailScale(s - 1));
  });

  it('applies to email-shaped messages only', () => {
    const post = 'The invoice still shows the old address and nobody told us the delivery moved. Second time it has happened.';
    const email = `Hi Sam,\n\n${post}\n\nThanks,\nDana`;
    const p = measure(post);
    expect(p.words.shape).toBeNull();
    expect(p.score).toBe(toScore(logit(p.features, MODEL), MODEL));
    const e = measure(email);
    expect(e.words.shape).not.toBeNull();
    expect(e.score).toBe(emailScale(toScore(logit(e.features, EMAIL_MODEL) + e.words.part, EMAIL_MODEL)));
  });
});

describe('plain failures with the evidence they lacked', () => {
  it('the emergency line not answered, the generator that never kicked in, work redone by hand', () => {
    expect(kinds('Your engineer did not answer the emergency line.')).toContain('service-failure');
    expect(kinds('I did not answer the phone, sorry.')).not.toContain('service-failure');
    expect(kinds('The backup generator never kicked in.')).toContain('problem');
    expect(kinds('Our warehouse team have had to relabel 400 boxes by hand.')).toContain('impact');
    expect(kinds('We have had to relabel the boxes for the new shop.')).not.toContain('impact');
  });

  it('a fourth chase is also a service failure', () => {
    const thread = '\n\nOn Mon, 10 Mar 2025, Dana wrote:\n> Hi, chasing again on this one.\n>\n> On Thu, 6 Mar 2025, Dana wrote:\n>> Hello, any update on the ticket below?\n>>\n>> On Mon, 3 Mar 2025, Dana wrote:\n>>> Hi, could someone pick this up please?';
    expect(kinds(`Any news?\n\nDana${thread}`)).toEqual(expect.arrayContaining(['repeat-failure', 'service-failure']));
    expect(analyzeTone(`Any news?\n\nDana${thread}`).unhappy).toBe(true);
  });

  it('moving the work to a named competitor, the renewal raised over it', () => {
    expect(kinds('Unless we have a proposal by 30 May, we will move our South Island volume to Mainfreight from June.')).toContain('churn-threat');
    expect(kinds('We will move our volume to your new depot from June.')).not.toContain('churn-threat');
    expect(kinds("Our contract comes up for renewal at the end of the month and I'd like to speak to someone about all this before then.")).toContain('churn-threat');
    expect(kinds('Our contract comes up for renewal in June; could you send the new price list?')).not.toContain('churn-threat');
  });

  it('not worked since a date, their dated email chased, asked on one date and again on another', () => {
    expect(kinds('The heating has not worked since the end of October.')).toContain('elapsed');
    expect(kinds('I am following up on my email of 4 November regarding the heating.')).toContain('elapsed');
    expect(kinds('We requested the signed agreement on 29 January and again on 18 February.')).toContain('repeat-failure');
    expect(kinds('We requested the signed agreement on 29 January.')).not.toContain('repeat-failure');
  });

  it('under the impression it was done, neither what was discussed', () => {
    expect(kinds('I was under the impression it went in before Christmas.')).toContain('broken-promise');
    expect(kinds('Neither is quite what we discussed.')).toContain('broken-promise');
    expect(kinds('Either is what we discussed, so pick one.')).not.toContain('broken-promise');
  });

  it('notice served, payment held until it is right, going above them, renewal in question', () => {
    expect(kinds("Get your area manager to call me today or we're serving notice at the end of the month.")).toContain('churn-threat');
    expect(kinds("Please treat this email as that notice.")).toContain('churn-threat');
    expect(kinds('We are giving notice that the office is closed on Friday.')).not.toContain('churn-threat');
    expect(kinds('We cannot pay the last invoice (2024-118) until the problem is solved.')).toContain('legal-threat');
    expect(kinds('I assume this now needs to go above you.')).toContain('escalation-request');
    expect(kinds('Mr Aydin wants a meeting with your director this week.')).toContain('escalation-request');
    expect(kinds("We'll be discussing at the QBR whether we renew in September.")).toContain('churn-threat');
  });

  it('the shift off the invoice, what they told us they would do, unanswered voicemails, embarrassment', () => {
    expect(kinds("I'm also expecting the shift to come off this month's invoice.")).toContain('blame');
    expect(kinds("You told me you'd put a check-call system in place.")).toContain('broken-promise');
    expect(kinds("I've left you two voicemails and an email since Monday.")).toContain('repeat-failure');
    expect(kinds('This is very embarrassing for me in front of my management.')).toContain('impact');
    expect(kinds('I did send the size chart back in November, and again in January.')).toContain('repeat-failure');
  });

  it('a chase over two reminders and a dated promise of profiles is a service failure', () => {
    const thread = "\n\n-----Original Message-----\nFrom: Gemma\nHi Priya, just bumping this - still on for this week?\n\n-----Original Message-----\nFrom: Gemma\nHi Priya, any news on the shortlist?\n\n-----Original Message-----\nFrom: Priya\nHi Gemma, absolutely - you'll have 4-5 strong profiles by end of next week.";
    expect(kinds(`Hi Priya,\n\nJust checking in on the shortlist - any update?\n\nGemma${thread}`)).toEqual(expect.arrayContaining(['repeat-failure', 'service-failure']));
  });

  it('the opposite of what was agreed, weeks past the date, who is actually working on it, refund requests', () => {
    expect(kinds("Revision C moves the stair. That's the opposite of what we agreed.")).toContain('broken-promise');
    expect(kinds("We're now three weeks past the date for planning submission.")).toContain('elapsed');
    expect(kinds('Can you confirm who is actually working on this?')).toContain('polite-anger');
    expect(kinds('Can you confirm who is working on this?')).not.toContain('polite-anger');
    expect(kinds("I'm getting refund requests and would rather have an answer first.")).toContain('impact');
  });
});

