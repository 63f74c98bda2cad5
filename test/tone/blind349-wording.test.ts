import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 72 (issue #4): what b2b-blind349, 350, 351 and 352 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('a phishing attack on the school, "no evidence that your platform was accessed, but because…"', () => {
    expect(mail("Our school suffered a phishing attack yesterday and several staff accounts were compromised. We have no evidence that your platform was accessed, but because staff sign in through our SSO, our insurer has asked us to contact all suppliers.\n\nCould you send us the sign-in logs for the past 14 days?").unhappy).toBe(false);
    expect(mail("We have no evidence that your platform was accessed, but your support line took three days to answer and nobody has called back.").unhappy).toBe(true);
  });

  it('results above the target; their operator dropped the test piece; a passenger unhappy with a correct charge', () => {
    expect(kinds('Your team delivered 112 enrolled students against a target of 90, the best of any partner this year.')).not.toContain('broken-promise');
    expect(kinds('Your team delivered 61 enrolled students against a target of 90.')).toContain('broken-promise');
    expect(mail('One of our operators dropped the test piece down the back of the conveyor and cracked it. How quickly can we get a replacement?').unhappy).toBe(false);
    expect(mail("The passenger is very unhappy about the excess baggage charge. To be clear, your agent applied our policy correctly, so there's no issue with your staff here. Could you send a short statement?").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('payment withheld pending an audit, closed but not fixed, delays counted, signed off but not done', () => {
    expect(kinds('We are withholding payment of invoice INV-0458 (£38,250) pending an audit of 14 files.')).toContain('legal-threat');
    expect(kinds("I've had an email saying INC-5571 has been resolved and closed. It hasn't.")).toContain('broken-promise');
    expect(kinds('That is four handling delays in five days.')).toContain('repeat-failure');
    expect(kinds("It's signed off as done. Either it isn't being done or it isn't being checked.")).toContain('broken-promise');
    expect(kinds('We expect four deliveries in five days next week.')).not.toContain('repeat-failure');
  });
});
