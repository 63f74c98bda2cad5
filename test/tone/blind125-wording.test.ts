import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 44 (issue #4): what b2b-blind125, 126, 127 and 128 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints', () => {
  it("their own legal team, intruders on site, their own gritting contractor's no-show", () => {
    expect(analyzeTone("Hi Lucy,\n\nI'm really worried we've left this too late - our legal team still haven't signed off the wording for the tote bag. Is there any chance we can still make the 12th?\n\nThanks,\nZoe").unhappy).toBe(false);
    expect(analyzeTone("Morning Kyle,\n\nWe had intruders on site overnight. They've been up the scaffold and thrown a couple of boards down. Police have been informed.\n\nCould you get someone out to inspect? Please bill us for any replacement kit, this isn't your problem to cover.\n\nThanks,\nHannah").unhappy).toBe(false);
    expect(analyzeTone("Morning Phil,\n\nWe've had heavy snow and our yard hasn't been gritted (the gritting contractor hasn't turned up, surprise surprise), so I'm not sure it's safe for your van on Thursday.\n\nAre you OK to push to next week?\n\nThanks,\nJenny").unhappy).toBe(false);
    expect(kinds('Your engineer still hasn\'t turned up, surprise surprise.')).toContain('sarcasm');
  });

  it('"sick and tired" is not an illness that makes the rest news', () => {
    expect(kinds('Frankly, this is unacceptable. I am sick and tired of this. What a joke.')).toContain('sarcasm');
    expect(kinds('Sorry for the delay, I have been off sick all week. What a week.')).not.toContain('frustration');
  });

  it('the sender putting their own diary right "properly this time"', () => {
    expect(kinds("I'll put it in the calendar properly this time!")).not.toContain('polite-anger');
    expect(kinds('Could someone come back and do it properly this time, please.')).toContain('polite-anger');
  });
});

describe('complaints found', () => {
  it('a figure against the contract target; not built to the agreed drawing; the job they called complete', () => {
    expect(kinds('Scheduled cleans completed on time: 78% (contract target 98%)')).toContain('broken-promise');
    expect(kinds("As it wasn't built to the agreed drawing I'll assume the cost sits with you.")).toContain('broken-promise');
    expect(kinds("Thanks for the completion email, but I'm not sure the job is complete.")).toContain('broken-promise');
    expect(kinds('Nothing like the sample. Photos attached.')).toContain('broken-promise');
    expect(kinds("It was built to the agreed drawing, thanks, and I'm sure the job is complete.")).not.toContain('broken-promise');
  });

  it('visits that did not take place, nobody attended, none of it mentioned, nobody answers the phone', () => {
    expect(kinds('The following visits did not take place:\n- Tuesday 4 March\n- Tuesday 18 March')).toContain('broken-promise');
    expect(kinds('The store manager has confirmed no-one attended.')).toContain('broken-promise');
    expect(kinds('None of this was mentioned at handover.')).toContain('broken-promise');
    expect(kinds('Also nobody answer the phone in your office yesterday.')).toContain('broken-promise');
    expect(kinds('You said me the samples will arrive on Monday, now it is Thursday.')).toContain('broken-promise');
    expect(kinds('Each one has told me something different on lead time.')).toContain('broken-promise');
  });

  it('performance notice, non-conformance, account under review, back-charge, withholding, done with them', () => {
    expect(kinds('That allows us to issue a formal performance notice.')).toContain('legal-threat');
    expect(kinds("I've logged it as a contractor non-conformance.")).toContain('legal-threat');
    expect(kinds("I've also put your account on review with our MD.")).toContain('legal-threat');
    expect(kinds("We'll instruct someone else and back-charge you the cost.")).toContain('legal-threat');
    expect(kinds('We will be withholding payment of INV-30921 until the replacement stock has been delivered.')).toContain('legal-threat');
    expect(kinds("That's the third missed strike date at Sandfield. We're done.")).toContain('churn-threat');
    expect(kinds("We'll be using another firm from now on.")).toContain('churn-threat');
    expect(kinds("We're done with the survey, thanks, the report is lovely.")).not.toContain('churn-threat');
  });

  it('out to tender, however the sentence runs', () => {
    expect(kinds('Our board has asked me to take the window cleaning contract for all six of our branches out to tender.')).toContain('churn-threat');
    expect(kinds('The board has asked that the phase 2 package goes out to competitive tender.')).toContain('churn-threat');
  });

  it('dry remarks', () => {
    expect(kinds('Good to see the scaffold finally went up this morning.')).toContain('sarcasm');
    expect(kinds('Only nine working days after the date on your quote, so I suppose that\'s close enough.')).toContain('sarcasm');
    expect(kinds("I'm told \"fragile\" stickers are quite cheap these days.")).toContain('sarcasm');
    expect(kinds('Thanks for the certificate. Good to know it\'s complete.')).toContain('sarcasm');
    expect(kinds('Good to see you at the trade show last week.')).not.toContain('sarcasm');
  });

  it('fuming, how on earth, not back on my site, rather it did not happen again, actually finish it', () => {
    expect(kinds("I'm absolutely fuming.")).toContain('frustration');
    expect(kinds("I don't want those two back on my site, and I want to know how on earth this happened.")).toContain('polite-anger');
    expect(kinds("I'd really rather that didn't happen again.")).toContain('polite-anger');
    expect(kinds('Could you let me know when someone can come back and actually finish it?')).toContain('polite-anger');
    expect(kinds('One thing I do need to mention: the print rubbed off a third of the bottles.')).toContain('polite-anger');
  });

  it('dirtier than before, already fraying, passed between people, weeks since their inspection', () => {
    expect(kinds('It look more dirty than before.')).toContain('problem');
    expect(kinds('The stitching is already fraying on several.')).toContain('problem');
    expect(kinds("I've now been passed between three different people.")).toContain('problem');
    expect(kinds('Five weeks since your inspector tagged three reds in aisle 14.')).toContain('elapsed');
  });
});
