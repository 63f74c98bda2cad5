import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 66 (issue #4): what b2b-blind301, 302, 303 and 304 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('a crematorium\'s letter about itself; an owner upset on the phone', () => {
    expect(analyzeTone("Hi Priya,\n\nWe've had a letter from Pet Rest Crematorium saying they're short of drivers and collections may be up to a week late. I'm a bit concerned about your freezer space.\n\nCould we help?\n\nJoanne").unhappy).toBe(false);
    expect(analyzeTone("Hi Jo,\n\nWe've had Mrs Orton on the phone, very upset about the bill for her cat. From your notes the estimate was signed, which is what I'd expect from your team.\n\nCould you send the form?\n\nNatalie").unhappy).toBe(false);
    expect(analyzeTone("Hi Laura,\n\nWe got a letter from Irish Revenue saying our Q1 return was never received. Your portal shows it as 'Filed'. I'd appreciate understanding what happened, and I'd like confirmation that Q2 actually went in.\n\nMike").unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('promises, repeats, threats, blame', () => {
    expect(kinds("They said they'd sort it next time. That's what they said last time too.")).toContain('broken-promise');
    expect(kinds('We put 03/2025 on the booking form and said it again on the day.')).toContain('broken-promise');
    expect(kinds('Same problem as the last two runs.')).toContain('repeat-failure');
    expect(kinds("I've had three separate clients in the last fortnight complain about your call handlers.")).toContain('repeat-failure');
    expect(kinds('Procurement asked me to run a competitive tender for the localisation platform.')).toContain('churn-threat');
    expect(kinds("I need someone out Monday and I'm not paying for it.")).toContain('legal-threat');
    expect(kinds('We passed the report to our solicitors, who will be writing to you formally.')).toContain('legal-threat');
    expect(kinds('Please make sure your insurers are notified.')).toContain('legal-threat');
    expect(kinds("I'd rather not be the one sorting out your warehouse's mistake.")).toContain('blame');
    expect(kinds("We're not paying for the extra pallets until Friday's run, as planned.")).not.toContain('legal-threat');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds("I've paid for a certificate that says it's fine and it clearly isn't.")).toContain('polite-anger');
    expect(kinds("So either it wasn't swept properly or something was missed.")).toContain('polite-anger');
    expect(kinds("I assume you'll come back without a call-out charge this time.")).toContain('polite-anger');
    expect(kinds('Can we talk about how that gets reflected on the invoice?')).toContain('polite-anger');
    expect(kinds('I need to know how you propose to fix this.')).toContain('polite-anger');
    expect(kinds('Going forward can we please have them monthly, as agreed?')).toContain('polite-anger');
    expect(kinds("Let me know what you're doing about it.")).toContain('polite-anger');
    expect(kinds('The jackdaws seem to have missed that memo.')).toContain('sarcasm');
    expect(kinds('Good to see the rig eventually made it to us at 11:40.')).toContain('sarcasm');
    expect(kinds('Hope the crew had time for a proper breakfast on the way.')).toContain('sarcasm');
    expect(kinds('Interesting to learn that twenty minutes covers a two-hour wait.')).toContain('sarcasm');
    expect(kinds('Monthly invoices, as agreed.')).toEqual([]);
  });
});
