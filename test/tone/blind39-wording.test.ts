import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 27 (issue #4): what b2b-blind39, 40 and 41 showed. Sentences written for this test, each beside a look-alike.

describe('not a complaint', () => {
  it("said outright: not assuming it is them, not about us, nothing they can fix", () => {
    const mail = (s: string) => `Hi Priyesh,\n\nOur aged debtors report keeps failing with a 'query exceeded' error since this morning, and it goes to the bank tomorrow. ${s} I do need it by lunchtime.\n\nFiona`;
    expect(analyzeTone(mail('')).unhappy).toBe(true);
    for (const s of ["I'm not assuming anything is wrong on your side.", "To be clear it's not about us; she is furious with the patent office.", 'Nothing you or your team can fix.']) {
      expect(analyzeTone(mail(s)).unhappy, s).toBe(false);
    }
  });

  it('a burst sprinkler line, a claim with the courier', () => {
    expect(analyzeTone('Hi Kevin,\n\nA sprinkler line burst overnight at our warehouse and about two inches of water are across the floor. Maybe $200K of damaged stock. Do we need the adjuster to see it before we throw anything out?\n\nDerek').unhappy).toBe(false);
    expect(analyzeTone("Hi Jo,\n\nWe received 3 of the 4 boxes. The tracking shows the fourth outside the leisure centre next door. I've put in a claim with DPD. Could you send a replacement?\n\nCarol").unhappy).toBe(false);
  });

  it('thanking them always, asking to be told frankly, anything urgent', () => {
    expect(kinds('Thank you always for your kind support.')).not.toContain('blame');
    expect(kinds('If this is difficult, please tell us frankly and we can adjust.')).not.toContain('polite-anger');
    expect(kinds('Frankly, this is not good enough.')).toContain('polite-anger');
    expect(kinds('Jo prefers phone to email for anything urgent.')).not.toContain('urgency');
  });
});
