import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { measure } from '../../lib/tone/measure';
import { cueKinds as kinds } from './cue-kinds';

// Round 25 (issue #4): what b2b-blind30, 31 and 32 showed. Sentences written for this test, each beside a look-alike.

describe('complaints in formal or terse words', () => {
  it('notice of breach, advice on losses', () => {
    expect(kinds('Please treat this letter as formal notice of material breach under clause 14.1.')).toContain('legal-threat');
    expect(kinds('We are taking advice on recovering our losses.')).toContain('legal-threat');
    expect(kinds('We are taking advice on the new office lease.')).not.toContain('legal-threat');
  });

  it('the third missed date, the dates they were told, no more apologies', () => {
    expect(kinds('Third missed date. You told me Monday, then Wednesday.')).toContain('repeat-failure');
    expect(kinds('Third missed date. You told me Monday, then Wednesday.')).toContain('broken-promise');
    expect(kinds("I don't need another apology, I need the files.")).toContain('frustration');
    expect(kinds("I'm not really after another update.")).toContain('frustration');
    expect(kinds('You told me about the parking, thanks.')).not.toContain('broken-promise');
  });

  it('the MD on the call, the matter passed to procurement', () => {
    expect(kinds("Let's talk on Thursday, and I'd like your MD on the call.")).toContain('escalation-request');
    expect(kinds('I have passed the matter to our procurement lead, who will set up a contract review meeting.')).toContain('escalation-request');
  });
});

describe('not a complaint', () => {
  it('said outright that it is not down to them, not a complaint against them, not theirs', () => {
    for (const s of ['Neither of which is down to your team.', 'This is not a complaint against you.', "It's a mess, but it's not yours.", "I know this is not anybody's fault on your side.", 'It is quite possible the issue is on our side.', 'Awful mix-up on my part, sorry.']) {
      expect(analyzeTone(`Hi Chris,\n\nThe deliveries failed twice this week and the noise complaints keep coming. ${s}\n\nThanks,\nPriya`).unhappy, s).toBe(false);
    }
  });

  it('a hacked account, a payment processor, a landlord: told, not blamed', () => {
    expect(analyzeTone("Dear Mark,\n\nI'm writing to let you know that our office email account was hacked over the weekend. Whoever got in sent emails asking suppliers to change our bank details and reported it as fraud.\n\nPlease ignore any such request.\n\nYvonne").unhappy).toBe(false);
    expect(analyzeTone("Hi Lauren,\n\nOur payment processor has frozen batch payouts for 48 hours while their bank completes a review, so participants will be paid on Friday instead of today. We've already emailed each of them to explain.\n\nSorry for any inconvenience.\n\nYusuf").unhappy).toBe(false);
  });

  it('chasing a third party, escalating with a platform, a process called escalation', () => {
    expect(kinds('I have already called Airtel customer care twice.')).not.toContain('repeat-failure');
    expect(kinds('I have already called you twice about this.')).toContain('repeat-failure');
    expect(kinds('Can your team help Tolu escalate with Meta?')).not.toContain('escalation-request');
    expect(kinds('Please send your current SOPs for monitoring and deviation escalation.')).not.toContain('escalation-request');
    expect(kinds('I want this escalated today.')).toContain('escalation-request');
  });

  it('emergency lighting is equipment; a status printed in capitals is not shouting', () => {
    expect(kinds('They had the emergency lighting back up straight away.')).not.toContain('urgency');
    expect(kinds('This is an emergency, the tills are down.')).toContain('urgency');
    expect(measure('The portal shows: Import job 88213 - Status: FAILED since Monday.').bodyCues.map((c) => c.kind)).not.toContain('shouting');
  });
});
