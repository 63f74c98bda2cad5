import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 22 (issue #4): what b2b-blind24 showed. Sentences written for this test, each beside a look-alike.

describe('terse complaints', () => {
  it('the second of the week that went wrong', () => {
    expect(kinds("That's the second report this week that went out with last month's figures.")).toContain('repeat-failure');
    expect(kinds("That's the second sheet this fortnight with a signature and no clean behind it.")).toContain('repeat-failure');
    expect(kinds('Our second workshop this week is on Friday.')).not.toContain('repeat-failure');
  });

  it('signed or billed for work that was not done', () => {
    expect(kinds('We were invoiced for visits that clearly were not carried out.')).toContain('service-failure');
    expect(kinds('The work that was not done before the holidays is now booked for Tuesday, thanks.')).not.toContain('service-failure');
  });

  it('not keen on paying, a very quick check', () => {
    expect(kinds('Not real keen on paying for a signature.')).toContain('polite-anger');
    expect(kinds('Must have been a very quick check.')).toContain('sarcasm');
    expect(kinds('It was a very quick check and all fine.')).not.toContain('sarcasm');
  });

  it('gone over my head; the date said flatly', () => {
    expect(kinds("They've gone over my head to you and copied their COO.")).toContain('escalation-request');
    expect(kinds("Darren – it's now the 23rd. See below.")).toContain('elapsed');
    expect(kinds("It's now the 23rd of the month we planned for, so let's book it.")).not.toContain('elapsed');
  });
});

describe("trouble that is the sender's own or someone else's", () => {
  it('"that\'s on us" owns the lost morning', () => {
    const r = analyzeTone("Hi Vikram,\n\nYour team couldn't log in to the test environment this morning. That's on us: our IT rotated the passwords over the weekend and nobody told the project team. Apologies for the lost morning.\n\nIs Thursday still achievable?\n\nLaura");
    expect(r.unhappy).toBe(false);
  });

  it('locking oneself out is not a repeat failure', () => {
    const r = analyzeTone("Hi support,\n\nSorry to bother you on a Saturday. I've managed to lock myself out by getting the password wrong too many times, and I need to approve the stock order by 2pm. Is there any way to reset it today?\n\nThanks,\nCaroline");
    expect(r.unhappy).toBe(false);
    expect(r.signals.map((s) => s.category)).not.toContain('repeat-failure');
  });

  it('a collision: asking the lessor what to do is not blaming them', () => {
    const r = analyzeTone("Hi Imran,\n\nOne of our drivers was in a collision this morning – the other driver reversed into him. The front wing and headlight are damaged and there's a warning light on the dash.\n\nCould you let me know who we report it to, and whether he can keep driving it? Anything you can do to get him moving would be appreciated.\n\nThanks,\nSarah");
    expect(r.unhappy).toBe(false);
  });

  it('storm damage to the panels the recipient installed is not their fault; their generator failing is', () => {
    expect(analyzeTone('Hi there,\n\nAfter the storm on Saturday a branch came down on the back roof. Two of the panels you installed last year are cracked and the app shows zero generation since Saturday.\n\nCould you arrange an inspection as soon as you can?\n\nMany thanks,\nFiona').unhappy).toBe(false);
    expect(analyzeTone('Hi there,\n\nAfter the storm on Saturday we lost mains power for six hours. The backup generator you maintain never kicked in, and your engineer did not answer the emergency line.\n\nI want to know why.\n\nFiona').unhappy).toBe(true);
  });

  it('the inverter generating again is good news', () => {
    expect(kinds("Flicked the isolator back on and everything's generating again.")).not.toContain('repeat-failure');
    expect(kinds('The inverter is showing the Grid Lost error again.')).toContain('repeat-failure');
  });

  it('an acronym is not shouting', () => {
    expect(kinds('Please send the COSHH sheets and the VLAN details.')).not.toContain('shouting');
  });

  it('moving down a floor, allowing for an extra charge', () => {
    expect(kinds("We're moving everyone down to the 1st floor on Friday.")).not.toContain('problem');
    expect(kinds("If there's an extra charge for the weekend move, that's fine.")).not.toContain('service-failure');
    expect(kinds('There is an extra charge on the invoice we never agreed.')).toContain('service-failure');
  });
});
