import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 34 (issue #4): what b2b-blind57, 58 and 59 showed. Sentences written for this test, each beside a look-alike.

describe('not a complaint', () => {
  it("a leak from the tenant upstairs, a grant cut that disappoints everyone", () => {
    expect(analyzeTone("Dear Sir/Madam,\n\nWater is dripping through the ceiling in room 3.2. The building manager says a washing machine hose burst in the flat upstairs this morning. Could you send someone to check the tiles and lights?\n\nMany thanks,\nIngrid").unhappy).toBe(false);
    expect(analyzeTone("Dear Helen,\n\nI'm afraid I have some difficult news: we were told that the county's capital grant has been reduced, so the budget is now £1.2m. I know your team put a lot into the scheme, so this is disappointing for all of us. Could we meet to look at what can be descoped?\n\nWith best wishes,\nAndrew").unhappy).toBe(false);
  });

  it('the sender trying twice, a phishing simulation, a question whether a part works', () => {
    expect(kinds("I've tried twice this afternoon and cleared my cache.")).not.toContain('repeat-failure');
    expect(kinds('The export failed twice this afternoon.')).toContain('repeat-failure');
    expect(kinds('Could you check whether the thermostat is actually working?')).not.toContain('polite-anger');
    expect(kinds("I'd like to talk about whether this is actually working.")).toContain('polite-anger');
  });
});

describe('a complaint in plain words', () => {
  it('"it is not on our end" is not the sender owning it', () => {
    expect(kinds('It is not on our end.')).not.toContain('calm');
    expect(kinds('The delay was on our end.')).toContain('calm');
    expect(analyzeTone('Hello,\n\nYour agent told me "it\'s probably on your end" and closed the chat. It is not on our end. I have been your customer since 2016 and I have never been treated like this. Please have someone who knows what they are doing call me back.\n\nRamesh').unhappy).toBe(true);
  });

  it('a report made from another client\'s document, after a phishing simulation section', () => {
    const mail = 'Dear Mr Collins,\n\nThank you for the Q2 security report. The section on "phishing simulation results" describes a campaign with 230 users, but we have 85 employees. We are worried this report was made from another customer\'s document. We would like a correct report and an explanation of how this happened.\n\nBest regards,\nKenji';
    // Kept, not dropped as news: a "phishing simulation" is a section of the report, not an attack on the sender.
    expect(kinds(mail)).toContain('problem');
    expect(kinds(mail.replace('phishing simulation results', 'phishing attack'))).not.toContain('problem');
  });

  it('not thrilled, has not happened once, hoped for better, not a fair answer, pushed back to us', () => {
    expect(kinds('Gotta be honest, not thrilled.')).toContain('frustration');
    expect(kinds("That hasn't happened once in four months.")).toContain('broken-promise');
    expect(kinds('I would have hoped for rather better.')).toContain('polite-anger');
    expect(kinds('I don\'t think "it must be your LMS" is a fair answer.')).toContain('polite-anger');
    expect(kinds('Please look into it rather than pushing it back to us.')).toContain('blame');
  });
});
