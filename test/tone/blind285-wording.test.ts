import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 64 (issue #4): what b2b-blind285, 286, 287 and 288 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their delegations; cuts to their grant; another agency; their own oversight; their own rushed timetable', () => {
    expect(analyzeTone("Hi Marta,\n\nWe're still waiting on two of the delegations to confirm their languages, so I can't tell you the channel count yet.\n\nWhat's the latest you need it?\n\nSara").unhappy).toBe(false);
    expect(analyzeTone("Hi Tom,\n\nOur funding is under review following cuts to our grant, and we may drop to two languages. Honestly it's frustrating for us.\n\nWhat's the latest date we could reduce the order?\n\nAlicia").unhappy).toBe(false);
    expect(analyzeTone("Dear Tom,\n\nThe Ministry were quite unhappy with the interpreting agency, with several complaints about accuracy. To be clear, there were no issues with your equipment or your team.\n\nCould you prepare two options?\n\nRui").unhappy).toBe(false);
    expect(analyzeTone("Hi Dean,\n\nYour certificates on our file expired in August. That's my oversight. Could you send the current ones? I'd rather not have that conversation with our MD.\n\nFiona").unhappy).toBe(false);
    expect(analyzeTone("Hi Mel,\n\nThe council moved the committee forward. I know this is very short notice and it's not what we agreed. Is it doable?\n\nAmir").unhappy).toBe(false);
    expect(kinds("If it can't be done I'd rather know now so I can push back on the timetable.")).not.toContain('polite-anger');
    expect(kinds("The sign is not what we agreed.")).toContain('broken-promise');
  });
});

describe('complaints found', () => {
  it('promises, repeats, payment held', () => {
    expect(kinds("It's now happened at two events running.")).toContain('repeat-failure');
    expect(kinds('After the same thing in March you told me there was a new process.')).toContain('broken-promise');
    expect(kinds('Your email of 3 June said: "a replacement from Monday".')).toContain('broken-promise');
    expect(kinds('We planned our delivery week around that promise.')).toContain('broken-promise');
    expect(kinds("I've put INV-2024-118 (Stage 4 fee) on hold.")).toContain('legal-threat');
    expect(kinds('It will not be released until we have the drawings.')).toContain('legal-threat');
    expect(kinds('The PDF has fewer pages than the count on your own batch sheet.')).toContain('polite-anger');
    expect(kinds("I don't understand how a submission went out without sizes.")).toContain('polite-anger');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('Can you let me know what actually happens to the kit between events?')).toContain('polite-anger');
    expect(kinds("We're paying for a paint enhancement, not for marks that weren't there before.")).toContain('polite-anger');
    expect(kinds('What is the actual date?')).toContain('polite-anger');
    expect(kinds('Send it to me before it goes in this time so I can check it myself.')).toContain('polite-anger');
    expect(kinds('Send me the link so I can check it myself.')).not.toContain('polite-anger');
    expect(kinds("It's not the standard we normally get from you.")).toContain('polite-anger');
    expect(kinds('Can you have a word with whoever was on that day?')).toContain('polite-anger');
    expect(kinds('I assume "full" means something slightly different on your side.')).toContain('sarcasm');
    expect(kinds('In all seriousness, we rely on these turnaround times.')).toContain('sarcasm');
    expect(kinds('They are in our basement, which I can show you if anyone would like to come and look at them.')).toContain('sarcasm');
    expect(kinds("No sizes. That's landscape 101.")).toContain('sarcasm');
    expect(kinds("We're paying for the extra booth, as agreed.")).toEqual([]);
  });
});
