import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 63 (issue #4): what b2b-blind277, 278, 279 and 280 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their own alarm company; their courier; their own changed AP inbox', () => {
    expect(analyzeTone("Hi Marcus,\n\nWe've had four false activations this week. Our alarm maintenance company think it's a faulty detector but can't come until Thursday, which frankly isn't good enough from them.\n\nCould your officer isolate that zone if it triggers again?\n\nThanks for your patience,\nRebecca").unhappy).toBe(false);
    expect(analyzeTone("Hi Simon,\n\nForwarding below: a customer is (rightly) unhappy, their gelato arrived soft. We've traced it to our courier. Nothing to do with the dry ice, which was packed correctly.\n\nCould you send the delivery note?\n\nGiulia").unhappy).toBe(false);
    expect(analyzeTone("Hi Dan,\n\nOur finance team changed the AP inbox and didn't tell suppliers, so I'm worried you haven't been paid for months. Could you send a statement?\n\nReally sorry about this, I'd be fuming in your shoes.\n\nJulie").unhappy).toBe(false);
    expect(kinds("Frankly it isn't good enough.")).toContain('frustration');
    expect(kinds("I'm fuming about the missed collection.")).toContain('frustration');
  });
});

describe('complaints found', () => {
  it('promises, repeats, threats', () => {
    expect(kinds('These deliveries did not arrive in the agreed window this month.')).toContain('broken-promise');
    expect(kinds('We specify vehicle condition in the contract for a reason.')).toContain('broken-promise');
    expect(kinds("It's the third Thursday running.")).toContain('repeat-failure');
    expect(kinds('From today your company is suspended from our allocation.')).toContain('churn-threat');
    expect(kinds('The work for next weekend is given to other operator.')).toContain('churn-threat');
    expect(kinds('We are considering a claim against you in respect of the loss.')).toContain('legal-threat');
    expect(kinds('Please confirm you are preserving all records from that night.')).toContain('legal-threat');
    expect(kinds('I want a full timeline of what happened on your side.')).toContain('polite-anger');
    expect(kinds('I would like reassurance that the team will be reminded of our site rules.')).toContain('polite-anger');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds("I'd like to understand how that's possible.")).toContain('polite-anger');
    expect(kinds("I need to be confident they're actually happening.")).toContain('polite-anger');
    expect(kinds('Could you find out whether the rear of the building was actually visited?')).toContain('polite-anger');
    expect(kinds("I don't want to hear about staff shortages.")).toContain('polite-anger');
    expect(kinds("If it had been real we'd be having a very different conversation.")).toContain('polite-anger');
    expect(kinds('Let me know what you will change so that November is different.')).toContain('polite-anger');
    expect(kinds('It was put down to boil-off, which doesn\'t really add up.')).toContain('polite-anger');
    expect(kinds("Passengers write to us, and they're right to.")).toContain('polite-anger');
    expect(kinds("I'd like to know why the area wasn't cleared before they left.")).toContain('polite-anger');
    expect(kinds("Please tell me which coaches they were. I'd rather they weren't.")).toContain('polite-anger');
    expect(kinds('Impressive that your officer confirmed it was secure.')).toContain('sarcasm');
    expect(kinds('Is it now standard that a morning slot means the afternoon?')).toContain('sarcasm');
    expect(kinds("The figures add up, and I'd like to understand how the new rate works.")).toEqual([]);
  });
});
