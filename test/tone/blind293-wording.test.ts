import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 65 (issue #4): what b2b-blind293, 294, 295 and 296 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('the independent lab\'s equipment failure, and a job put on hold by the client', () => {
    expect(analyzeTone("Hi Victoria,\n\nJust letting you know the independent lab have had an equipment failure and our results won't be back until the 19th. Really frustrating.\n\nCould you put the nutrition panel job on hold until then?\n\nRob").unhappy).toBe(false);
    expect(kinds('Our order has been on hold for three weeks.')).toContain('service-failure');
    expect(kinds('Could you put the order on hold until Friday?')).not.toContain('service-failure');
  });
});

describe('complaints found', () => {
  it('promises, repeats, failures, threats', () => {
    expect(kinds('The proof has the old weight back on it, the one thing we asked to change.')).toContain('broken-promise');
    expect(kinds('We explain in the brief that the product is baked, but you used data for a fried one.')).toContain('broken-promise');
    expect(kinds('We explain in the brief how the logo should be used.')).not.toContain('broken-promise');
    expect(kinds('Which is why we booked a 6am departure.')).toContain('broken-promise');
    expect(kinds('Your website and our contract both say five days.')).toContain('broken-promise');
    expect(kinds("The last four we've sent have taken 8, 11, 9 and 12 days.")).toContain('repeat-failure');
    expect(kinds("This is the second invoice this autumn I've had to send back.")).toContain('repeat-failure');
    expect(kinds("I've had a complaint from one of our residents about your engineer.")).toContain('service-failure');
    expect(kinds("It's 7.15, nobody here, driver not answering.")).toContain('service-failure');
    expect(kinds("We won't be rebooking for next year.")).toContain('churn-threat');
    expect(kinds('We will be submitting a claim for the loss.')).toContain('legal-threat');
    expect(kinds('I am writing on behalf of Kilcarne Stud to formally complain about the transport.')).toContain('escalation-request');
    expect(kinds('This is a very big problem for us.')).toContain('impact');
    expect(kinds('We are not so happy because we paid for priority.')).toContain('frustration');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('Could we perhaps have the right house done?')).toContain('polite-anger');
    expect(kinds("That really can't happen on a school site.")).toContain('polite-anger');
    expect(kinds('Please confirm back to me that it has been raised.')).toContain('polite-anger');
    expect(kinds("I'd appreciate it if a different engineer attends next time.")).toContain('polite-anger');
    expect(kinds("Has something changed that we weren't told about?")).toContain('polite-anger');
    expect(kinds("I'd love to know who you think should be paying for that.")).toContain('polite-anger');
    expect(kinds('The plan you sent us was simply wrong.')).toContain('polite-anger');
    expect(kinds('Ring me now please.')).toContain('polite-anger');
    expect(kinds("Given what you charge, I'd expect the lorry to be clean.")).toContain('polite-anger');
    expect(kinds('That is not how we want to prepare a horse.')).toContain('polite-anger');
    expect(kinds("I'd like to understand what is going on with the scheduling.")).toContain('polite-anger');
    expect(kinds("He surveyed number 13, which I'm sure the owners of number 13 will be delighted about.")).toContain('sarcasm');
    expect(kinds('It was measured on a rather different calendar to ours.')).toContain('sarcasm');
    expect(kinds('Next time perhaps the box could leave when it is booked to leave.')).toContain('sarcasm');
    expect(kinds("I'm sure she will be delighted with the photos, thank you!")).not.toContain('sarcasm');
    expect(kinds("Given what you said on the phone, I'll book the 6am slot.")).toEqual([]);
  });
});
