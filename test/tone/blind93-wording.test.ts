import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 40 (issue #4): what b2b-blind93, 94, 95 and 96 showed. Sentences written for this test, each beside a look-alike.

describe('leaving, quietly', () => {
  it('the work sent to another firm, a tender, alternatives the board asked for', () => {
    expect(kinds("From Monday we'll be sending our weekly swabs to another lab.")).toContain('churn-threat');
    expect(kinds("We'll be sending the allergen samples to another lab, as you don't offer that test.")).not.toContain('churn-threat');
    expect(kinds('We will be putting our fleet maintenance contract out to tender in March.')).toContain('churn-threat');
    expect(kinds('Our MD has asked me to look at alternatives.')).toContain('churn-threat');
    expect(kinds("We're looking at alternatives to plastic trays this year.")).not.toContain('churn-threat');
  });

  it('not paying for the late work', () => {
    expect(kinds('We will instruct someone else and will not be paying for the delayed reports.')).toContain('legal-threat');
    expect(kinds("We won't be paying for the extra parking permits until finance approves them.")).not.toContain('legal-threat');
  });
});

describe('the record and the promise', () => {
  it('a dated log: did not attend, no engineer, a time range before the separator', () => {
    expect(kinds('For the record:\n- 14 Feb: survey booked, surveyor did not attend\n- 28 Feb: done\n- 18 Apr: today. No engineer.')).toContain('broken-promise');
    expect(kinds('Shifts:\n- Sat 7 Oct, 22:00-06:00 - no officer, gate locked\n- Thu 12 Oct, 14:00-22:00 - no cover from 18:00')).toContain('broken-promise');
    expect(kinds('Shifts:\n- Sat 7 Oct, 22:00-06:00 - officer on time\n- Thu 12 Oct, 14:00-22:00 - all covered')).not.toContain('broken-promise');
  });

  it('the promise reported, then what happened instead', () => {
    expect(kinds('Ray said he would reverse it. It has now been taken by direct debit.')).toContain('broken-promise');
    expect(kinds('Ray said he would call on Monday. It has now been booked for 10am, thanks.')).not.toContain('broken-promise');
    expect(kinds('You replied "amended" the same day. The final copy was not amended.')).toContain('broken-promise');
    expect(kinds('Somebody will contact us, he said. Nobody contact us.')).toContain('broken-promise');
    expect(kinds('We agreed that relief staff would be inducted first. That does not seem to be happening.')).toContain('broken-promise');
    expect(kinds('We agreed the new rota on Monday. It starts next week.')).not.toContain('broken-promise');
  });

  it('their report against the facts, a requirement discussed before the order', () => {
    expect(kinds("The report and the camera footage don't match.")).toContain('broken-promise');
    expect(kinds('The report and the invoice match.')).not.toContain('broken-promise');
    expect(kinds('This requirement was discussed at length before we placed the order.')).toContain('broken-promise');
  });

  it('counting: the third date they gave, the fourth this month, raised enough times, five officers in that time', () => {
    expect(kinds("That's the third ETA you've given me this week.")).toContain('repeat-failure');
    expect(kinds("That's the third parcel you've sent us this week, thank you!")).not.toContain('repeat-failure');
    expect(kinds("This is the fourth one of these I've had this month.")).toContain('repeat-failure');
    expect(kinds("I've raised the turnaround issue enough times now.")).toContain('repeat-failure');
    expect(kinds("It is now the 25th and we've had five different officers in that time.")).toContain('repeat-failure');
  });
});

describe('dry and polite', () => {
  it('which one is real, good to see the status page green, even better if it matched, finally found it', () => {
    expect(kinds('Which one is real?')).toContain('sarcasm');
    expect(kinds('Which one is best for a small office?')).not.toContain('sarcasm');
    expect(kinds('Good to see your status page is showing all green this morning.')).toContain('sarcasm');
    expect(kinds('Good to see the new portal is working.')).not.toContain('sarcasm');
    expect(kinds('It would be even better if that matched our office.')).toContain('sarcasm');
    expect(kinds("Good news: I've finally found our container.")).toContain('sarcasm');
  });

  it('expects them to cover it, what is actually being done, cannot rely on it, what we pay for', () => {
    expect(kinds('I expect your company to cover this charge.')).toContain('polite-anger');
    expect(kinds("We'd expect you to attend the site meeting on the 4th.")).not.toContain('polite-anger');
    expect(kinds('We would not expect to be charged for a re-run.')).toContain('polite-anger');
    expect(kinds("Can you tell me what's actually being done about the dropped calls?")).toContain('polite-anger');
    expect(kinds('Until then we are not in a position to rely on the result.')).toContain('polite-anger');
    expect(kinds('Could the next officer stay awake for the shift we are paying for?')).toContain('polite-anger');
    expect(kinds('One thing I do need to raise, though: the swabs came back late.')).toContain('polite-anger');
    expect(kinds('One thing I need to raise: can we move the call?')).not.toContain('polite-anger');
    expect(kinds("I'm not comfortable with that yet, let's discuss.")).not.toContain('polite-anger');
  });

  it('fees and disruption it caused; nobody at the desk', () => {
    expect(kinds('We now have to pay discrepancy fees.')).toContain('impact');
    expect(kinds('We had to pay customs fees as expected on the import.')).not.toContain('impact');
    expect(kinds('Nobody on the front desk again at 8am.')).toContain('service-failure');
    expect(kinds('Nobody on the team minded the change.')).not.toContain('service-failure');
  });
});

describe('not about the recipient', () => {
  it('carrier names in capitals are not shouting; capital words still are', () => {
    expect(kinds('We have 3 containers booked on the CMA CGM vessel.')).not.toContain('shouting');
    expect(kinds('PLEASE CALL ME BACK TODAY.')).toContain('shouting');
  });

  it('their move to a new bank, affecting every supplier, not just you', () => {
    const r = analyzeTone("Dear Sandra,\n\nJust a heads-up that our payment run for September will be about a week late. We're moving to a new bank and they've frozen outgoing payments while the mandates are set up - very frustrating, and it's affecting all our suppliers, not just you.\n\nYour invoices are approved.\n\nKind regards,\nImran");
    expect(r.unhappy).toBe(false);
  });

  it('a condition on being resolved is not a report that it is not (b2b-blind82-044)', () => {
    expect(analyzeTone("Dear Ms Harding,\n\nYour February invoice was approved on time, but our bank has had a problem with its payments platform, and our supplier payments, including yours, are held. If it is not resolved by Friday we will pay by a different route.\n\nWith apologies,\nTomasz").unhappy).toBe(false);
    expect(analyzeTone("Dear Ms Harding,\n\nYour engineer came on Tuesday about the fault on our payments terminal. It is not resolved. This is the third visit.\n\nTomasz").unhappy).toBe(true);
  });

  it('their own courier, their current lab, their own electricians, weather nobody controls', () => {
    expect(analyzeTone("Hi,\n\nDid you receive a cool box from us yesterday? We sent it with our own courier and it shows as delivered, and the courier is being absolutely useless - I've been on hold for 40 minutes.\n\nIf it hasn't arrived we'll resample today.\n\nThanks,\nRachel").unhappy).toBe(false);
    expect(analyzeTone("Hi Andrew,\n\nWe'd like to move our routine testing to you from 1 November. To be honest, the last year with our current lab has been a nightmare - late results, lost samples.\n\nCould you send the account forms?\n\nKind regards,\nJean").unhappy).toBe(false);
    expect(analyzeTone("Hi Lee,\n\nYour officer mentioned that checkpoint 4 hasn't been scanning since Tuesday. We had electricians working in that area on Monday, so I suspect the tag got knocked off or damaged. Could you send a replacement tag?\n\nThanks,\nAndrew").unhappy).toBe(false);
    expect(analyzeTone("Hi Wei,\n\nThe typhoon may close the port this weekend. Obviously nobody can control the weather. Do you know yet whether our three containers will be late? I need to warn our sales team.\n\nThanks,\nRachel").unhappy).toBe(false);
  });
});
