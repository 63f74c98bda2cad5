import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 21 (issue #4): a sender who says the matter can wait is reporting, not complaining. Sentences
// written for this test, each beside a look-alike.

const BUGS = `Hi Tom,

Found a few things testing the beta this week:

1. The invoice page crashes when the customer has no address (blank screen).
2. Password reset emails fail for addresses with an apostrophe.
3. The CSV export times out after 60 seconds, error 504.
4. Search is broken for accented names.
`;
const SIGN_OFF = '\nScreenshots are in the folder.\n\nThanks,\nAnna';

describe('the matter can wait', () => {
  it('a bug list that says nothing is urgent stays below the flag; the same list without it is flagged', () => {
    const unhurried = analyzeTone(`${BUGS}\nNothing urgent, launch is a month away.${SIGN_OFF}`);
    expect(unhurried.unhappy).toBe(false);
    expect(unhurried.level).toBe('concerned');
    expect(unhurried.reasons.at(-1)).toBe('They say it can wait (“Nothing urgent”), so this is a report, not a complaint.');
    expect(analyzeTone(BUGS + SIGN_OFF).unhappy).toBe(true);
  });

  it('finds the ways of saying so', () => {
    for (const s of ['No rush on this one.', 'Not urgent, we have a workaround.', 'It says we have 28 days, so not panic stations.', 'No urgency, we still have stock.', 'Is not urgent, it still works.']) {
      expect(kinds(s), s).toContain('unhurried');
    }
  });

  it("someone else's view of the urgency is not the sender's", () => {
    expect(kinds('Your helpdesk logged the outage as not urgent.')).not.toContain('unhurried');
    expect(kinds("We were told it's not urgent by your support desk.")).not.toContain('unhurried');
  });
});

describe('unless the mail waits, repeats or is angry', () => {
  it('"no rush" beside three weeks of waiting is sarcasm', () => {
    expect(analyzeTone("Hi Tom,\n\nNo rush, it's only been three weeks since we asked for the corrected invoice. The export still fails every night.\n\nAnna").unhappy).toBe(true);
  });

  it('a third failure this week is a complaint, urgent or not', () => {
    expect(analyzeTone('Hi Tom,\n\nThe export failed again last night, the third time this week. Not urgent today, but we need a permanent fix.\n\nAnna').unhappy).toBe(true);
  });
});
