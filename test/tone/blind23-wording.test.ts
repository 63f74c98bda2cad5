import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 20 (issue #4): what b2b-blind23 showed missing, and a power cut the electricians caused. Sentences
// written for this test, each beside a look-alike.

describe('understated complaints', () => {
  it('not what was specified or actually asked for', () => {
    expect(kinds('The blue on the cover is clearly not the Pantone 2945 we specified.')).toContain('broken-promise');
    expect(kinds('I went looking for the thing we actually asked for in the July brief.')).toContain('broken-promise');
    expect(kinds('Not the version we approved yet – that one comes Monday, no rush.')).not.toContain('broken-promise');
    expect(kinds('This is not the final layout, just a sketch for discussion.')).not.toContain('broken-promise');
  });

  it('an unanswered email forwarded; no reply had', () => {
    expect(kinds('Forwarding my email from three weeks ago as I haven’t had a reply.')).toContain('elapsed');
    expect(kinds("I haven't had a reply, nor to the voicemail I left last Thursday.")).toContain('broken-promise');
    expect(kinds('Forwarding my notes from the workshop for your files.')).not.toContain('elapsed');
  });

  it('not paying for the rerun; dry credit for the effort', () => {
    expect(kinds('We do not think we should pay for a second run.')).toContain('polite-anger');
    expect(kinds("I'm sure the word cloud took ages.")).toContain('sarcasm');
    expect(kinds('I think we should pay the deposit this week.')).not.toContain('polite-anger');
  });
});

describe("trouble that is someone else's", () => {
  it('a power cut the electricians caused, and staff idle because of it', () => {
    const r = analyzeTone('We lost power to the whole building at 6:40 this morning — the electricians doing the rewire cut through the wrong feed. Power is back but the server cabinet has not come up and nobody can get to the file shares. Can someone come out as soon as possible? 30 staff sitting idle.');
    expect(r.unhappy).toBe(false);
  });

  it('a bug report with steps to reproduce is a ticket', () => {
    expect(kinds('Steps to reproduce: submit the form with a + in the phone number.')).toContain('calm');
  });
});
