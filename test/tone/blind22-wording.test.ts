import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 19 (issue #4): the formal letter and the contract's words, found missing on b2b-blind22, and trouble
// that is the sender's own (a list broker, their own plant manager, their data centre, a tax office).
// Sentences written for this test, each beside a look-alike.

describe("the contract's words", () => {
  it('never agreed; no notice under the clause; the date came and went; over the cap', () => {
    expect(kinds('We have not agreed to any extension of time.')).toContain('broken-promise');
    expect(kinds('No notice under clause 14 of the contract has been received.')).toContain('broken-promise');
    expect(kinds('Friday came and went, as did the following Friday.')).toContain('broken-promise');
    expect(kinds("We've spent $14,870 in October against a monthly cap of $9,000.")).toContain('broken-promise');
    expect(kinds('Our agreement (clause 9) says clearly that you will not approach our employees.')).toContain('broken-promise');
    expect(kinds('We have not agreed a date for the kickoff yet, any preference?')).not.toContain('broken-promise');
  });

  it('costs on them, payment held, the director asked to attend, mandates paused', () => {
    expect(kinds('Any cost of holding over will be for your account.')).toContain('blame');
    expect(kinds('Payment of Interim Certificate No. 5 will be held until we receive a recovery programme.')).toContain('legal-threat');
    expect(kinds("I'll short-pay the next invoice accordingly.")).toContain('legal-threat');
    expect(kinds('I would ask that your Managing Director attends the site meeting on Sunday.')).toContain('escalation-request');
    expect(kinds('Till then we are pausing the three open mandates with you.')).toContain('churn-threat');
    expect(kinds('Payment will be made on Friday as usual.')).not.toContain('legal-threat');
  });

  it('nobody from your side discussed it with us', () => {
    expect(kinds('Nobody from your side discussed this with us beforehand.')).toContain('broken-promise');
  });
});

describe("the sender's own trouble", () => {
  it('their list broker, their own angry manager, their data centre, a job that is not about the recipient', () => {
    expect(analyzeTone("Sorry, update from our end and not a good one. Our list broker has told us the data file won't be ready until Wednesday – something about a failed suppression run. Frustrating, but I'd rather they got it right. Does that still give you enough time?").unhappy).toBe(false);
    expect(analyzeTone("Our plant manager is quite angry because the budget approval is still stuck with our headquarters. Please don't take it personally if he calls you – it's not about your work, the shortlist you sent is very good.").unhappy).toBe(false);
    expect(analyzeTone("We won't be able to run the trial load tonight. Our data centre had a core switch failure at 4pm and half our internal network is down. Sorry for the knock-on to your schedule.").unhappy).toBe(false);
    expect(analyzeTone("We'll be ending our agreement with you at the end of December, per the 60-day notice. This has nothing to do with the service: Ray has looked after us for six years.").unhappy).toBe(false);
  });

  it('a neutral bug report that says it is not blocking', () => {
    expect(kinds('Not blocking anything this week, so whenever your team gets to it is fine.')).toContain('calm');
  });
});
