import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 60 (issue #4): what b2b-blind253, 254, 255 and 256 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('vandals; their hiring manager off sick; their own kitchen porter; their own firewall change', () => {
    expect(analyzeTone("Hi Dave,\n\nAfraid we've had kids in the car park again over the weekend – they've smashed three of the bollard lights. That's the third time this year.\n\nCould you make them safe? I'm getting concerned about how much this is costing us each time.\n\nKevin").unhappy).toBe(false);
    expect(analyzeTone("Hi Rosa,\n\nSlightly awkward one. The hiring manager for our Lab Technician role has unexpectedly gone on long-term sick leave. I'm worried we'll keep getting applications we can't respond to, which isn't fair on the candidates.\n\nIs it possible to pause the listing?\n\nImogen").unhappy).toBe(false);
    expect(analyzeTone("Hi Kelly,\n\nOur new KP signed for Tuesday's delivery without checking it, and we think we might be a box short – but it's just as likely it went in the wrong freezer.\n\nCould you check your driver's sheet?\n\nDee").unhappy).toBe(false);
    expect(analyzeTone("Hi Ben,\n\nUrgent one. We made a firewall change last night (our change, CR-1187) and it looks like we've blocked the replication traffic. We've rolled back part of the change but it's still not syncing.\n\nCan someone jump on a call ASAP?\n\nKieran").unhappy).toBe(false);
    expect(kinds("I think, to be honest, I'm a bit nervous about the audit.")).not.toContain('polite-anger');
    expect(kinds("We've reported it to Action Fraud.")).not.toContain('hostility');
    expect(kinds('To be honest, the service has been poor.')).toContain('polite-anger');
  });
});

describe('complaints found', () => {
  it('promises, failures, repeats', () => {
    expect(kinds('Everything else is 3000K, as it says on the lighting schedule we gave you.')).toContain('broken-promise');
    expect(kinds('Our contract (section 4.2) says credits are valid for 12 months.')).toContain('broken-promise');
    expect(kinds('This is the same issue we raised in January and were told had been fixed.')).toContain('broken-promise');
    expect(kinds('He did not sign in at reception.')).toContain('service-failure');
    expect(kinds('Third day with the lights out. Still nobody.')).toEqual(expect.arrayContaining(['elapsed', 'service-failure']));
    expect(kinds("The phones were still set up with another customer's extension range.")).toContain('service-failure');
    expect(kinds('That is now the explanation for three of the last five monthly tests.')).toContain('repeat-failure');
    expect(kinds("When asked to sign in he was quite rude about it.")).toContain('service-failure');
    expect(kinds("I've passed this over to our procurement team.")).toContain('escalation-request');
    expect(kinds('Being kept in the dark for six hours doesn\'t fill me with confidence.')).toEqual(['frustration', 'frustration']);
    expect(kinds('People are starting to roll their eyes when I send the invite.')).toContain('impact');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds("I don't expect to pay for a second visit for this.")).toContain('polite-anger');
    expect(kinds("We cannot have contractors on site who don't follow our procedures.")).toContain('polite-anger');
    expect(kinds("That isn't how we expect contractors to speak to our staff.")).toContain('polite-anger');
    expect(kinds("I'd prefer it wasn't the same engineer next time.")).toContain('polite-anger');
    expect(kinds('Could you let me know whether I should be expecting a refund?')).toContain('polite-anger');
    expect(kinds("It's not the standard we're used to from you and I can't sell it like that.")).toEqual(['polite-anger', 'polite-anger']);
    expect(kinds('Please collect the 3 cases and credit them.')).toContain('polite-anger');
    expect(kinds('I need it to be a firm date this time.')).toContain('polite-anger');
    expect(kinds("I'm not keen to explain to her that we're guessing.")).toContain('polite-anger');
    expect(kinds('Could you get it properly updated this time?')).toContain('polite-anger');
    expect(kinds('Glad to hear it. Someone may want to tell level 3.')).toContain('sarcasm');
    expect(kinds('It appears in our own account dashboard, which I suppose is a start.')).toContain('sarcasm');
    expect(kinds('I\'m sure someone somewhere would call that "trimmed to spec".')).toContain('sarcasm');
    expect(kinds("It's a pity the same couldn't be said for the desks.")).toContain('sarcasm');
    expect(kinds("I'd prefer it was the same engineer next time, he was great.")).not.toContain('polite-anger');
  });
});
