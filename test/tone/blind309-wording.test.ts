import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 67 (issue #4): what b2b-blind309, 310, 311 and 312 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('another contractor on their site; their members; "wasn\'t your fault"; "if it is blocked again?"', () => {
    expect(analyzeTone("Hi support,\n\nThe electrical contractor putting in the new path lighting trenched through the cable yesterday. Pretty sure they've cut the two-wire. They're not being very helpful about it, which is frustrating.\n\nCould your team come out with the tracer?\n\nEoin").unhappy).toBe(false);
    expect(analyzeTone("Hi Dave,\n\nMembers are not happy with the fairways, and I understand why, with the water restrictions. I'm not suggesting there's anything wrong with the system, but could your team do an audit?\n\nJim").unhappy).toBe(false);
    expect(analyzeTone("Hi Gareth,\n\nThe contractors building the new wing have been parking lorries in the bus bay. Could your drivers use the other stop, and let me know if the bay is blocked again?\n\nHelen").unhappy).toBe(false);
    expect(kinds("Last time the council didn't grit the hill, which wasn't your fault.")).not.toContain('blame');
    expect(kinds("Frankly, this is your fault.")).toContain('blame');
    expect(analyzeTone("Hi Tom,\n\nI found out the sailing was cancelled from Twitter, not from you. Four of our horses were meant to be at Leopardstown and I spent the evening ringing round. I know the weather isn't your fault. Telling us is, though.\n\nJamie").unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('promises, repeats, escalation', () => {
    expect(kinds('The delivery sheet we sent you clearly says Aberystwyth.')).toContain('broken-promise');
    expect(kinds('Quantities for March? Same as last time.')).not.toContain('repeat-failure');
    expect(kinds('I first asked for a quote on 12 August, then again on 28 August.')).toContain('repeat-failure');
    expect(kinds("I'd much rather have sorted this out with you directly.")).toContain('escalation-request');
    expect(kinds("We've run out of road.")).toContain('frustration');
    expect(kinds("That's a morning of labour wasted for us.")).toContain('impact');
    expect(kinds("I've had an automatic acknowledgement but nothing else.")).toContain('service-failure');
    expect(kinds('Per my email of 5 September, the officer has left.')).toContain('polite-anger');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds('Let me know a real delivery date when you have one.')).toContain('polite-anger');
    expect(kinds('Please rebook, and please actually let us know.')).toContain('polite-anger');
    expect(kinds('A phone call would have cost you nothing.')).toContain('polite-anger');
    expect(kinds("We can't send these to clients as they are.")).toContain('polite-anger');
    expect(kinds('I assume something went wrong at print.')).toContain('polite-anger');
    expect(kinds('"Within tolerance" isn\'t an answer I can take back to my director.')).toContain('polite-anger');
    expect(kinds("I'm not trying to be difficult, but I'd like a proper proposal.")).toContain('polite-anger');
    expect(kinds("Could someone let me know what's going on?")).toContain('polite-anger');
    expect(kinds("I'd rather not be the one explaining to the Home Office why we missed it.")).toContain('polite-anger');
    expect(kinds('Could you let me know how you propose to get them to Wales?')).toContain('polite-anger');
    expect(kinds('Good to hear from your office again that it is "on the truck".')).toContain('sarcasm');
    expect(kinds('It has been a very reliable 07:40 service.')).toContain('sarcasm');
    expect(kinds('If that is the new timetable it would help to print it.')).toContain('sarcasm');
    expect(kinds('Good to hear from you again, and thanks for the quote.')).not.toContain('sarcasm');
  });
});
