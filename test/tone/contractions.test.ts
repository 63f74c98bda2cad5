import { describe, expect, it } from 'vitest';
import { cueKinds as kinds } from './cue-kinds';

// Cue patterns listed contractions ("we're paying", "I'd have") after a required space, so the
// contracted form never matched; only the spelt-out one did. Each pair must read the same.

describe('a contraction reads as its spelt-out form', () => {
  const pairs: [string, string, string][] = [
    ["It's now Wednesday and I've got nothing.", 'It is now Wednesday and I have got nothing.', 'broken-promise'],
    ["I'd have thought a second check was standard.", 'I would have thought a second check was standard.', 'polite-anger'],
    ["Given what we're paying, this should not take a week.", 'Given what we are paying, this should not take a week.', 'polite-anger'],
    ["The handover could've been handled a lot better.", 'The handover could have been handled a lot better.', 'disappointment'],
  ];
  for (const [short, long, kind] of pairs) {
    it(short, () => {
      expect(kinds(long)).toContain(kind);
      expect(kinds(short)).toContain(kind);
    });
  }

  it('having nothing to add is not having received nothing', () => {
    expect(kinds("We've got nothing to add to the draft, it reads well.")).not.toContain('broken-promise');
    expect(kinds('I have nothing planned for Friday, so the call works.')).not.toContain('broken-promise');
  });
});
