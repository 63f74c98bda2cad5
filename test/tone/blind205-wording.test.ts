import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 54 (issue #4): what b2b-blind205, 206, 207 and 208 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('the lease company will not approve; an amber weather warning; a problem at their bank', () => {
    expect(analyzeTone("Hi Lee,\n\nThe van's MOT runs out on the 22nd and we still can't get authorisation from the lease company for the brake work your workshop quoted. I've chased them three times and they keep saying it's with the approvals team.\n\nCould you hold a slot for us on the 19th?\n\nThanks,\nRob").unhappy).toBe(false);
    expect(analyzeTone("Hi Lee,\n\nI'm a bit worried about Wednesday: the Met Office have an amber warning across the Dales and we've got 20 vans out on rounds. Last winter we had a couple stuck and it was a nightmare for our clients.\n\nCould you let me know what your callout cover looks like if it turns bad?\n\nSue").unhappy).toBe(false);
    expect(analyzeTone("Hi Priya,\n\nOur payment run on Friday failed for a handful of suppliers, yours included, because of a problem at our bank after we switched accounts. Very frustrating on our end. It will go out again on Wednesday.\n\nGraham").unhappy).toBe(false);
    expect(analyzeTone("Hi Lee,\n\nYour office still hasn't sent the LOLER certificates for the three trucks. I've chased them three times and they keep saying it's with the engineer.\n\nWe need them by Friday.\n\nRob").unhappy).toBe(true);
  });

  it("the landlord's surveyor; a neighbour who refused; their haulier broke down; the crane operator was patient", () => {
    expect(analyzeTone("Hi Sarah,\n\nThe landlord's surveyor still hasn't come back on the Licence for Alterations – it's now four weeks since we submitted your drawings.\n\nIs there anything you can do from your side to help?\n\nLaura").unhappy).toBe(false);
    expect(analyzeTone("Hi Gareth,\n\nThe owner of the building next door has refused to sign the oversail licence for the crane jib. Really frustrating, as we thought it was agreed.\n\nDoes your AP think we can do the lifts with the slew restricted?\n\nWill").unhappy).toBe(false);
    expect(analyzeTone("Hi Paul,\n\nI wanted to apologise for Thursday. Our steel arrived three hours late because the haulier broke down on the M6, and your crane and crew stood waiting all morning. Please invoice the standing time as per your terms. Your operator was very patient.\n\nSimon").unhappy).toBe(false);
    expect(kinds("We've been very patient, but this has gone on for a month.")).toContain('frustration');
  });
});

describe('complaints found', () => {
  it('the wrong van serviced, not the colour chosen, the crane actually ordered, outside the agreed time', () => {
    expect(kinds('He serviced DA19 XPW instead and left.')).toContain('broken-promise');
    expect(kinds('We approved teal on the sample board, and you have the signed copy.')).toContain('broken-promise');
    expect(kinds('The carpet tiles installed are not the colour we have chosen.')).toContain('broken-promise');
    expect(kinds('Can we have the crane we actually ordered next Saturday?')).toContain('broken-promise');
    expect(kinds('We ordered a 100t for the lift. A 60t turned up.')).toContain('broken-promise');
    expect(kinds("That's four out of five this month outside the agreed time.")).toEqual(expect.arrayContaining(['broken-promise', 'repeat-failure']));
    expect(kinds('The lure went out in the week which I mentioned twice as the one to avoid.')).toContain('broken-promise');
    expect(kinds('We collected the van instead.')).not.toContain('broken-promise');
  });

  it('failures, repeats, threats', () => {
    expect(kinds("It's come back with a warning light that it didn't have when it went in.")).toContain('service-failure');
    expect(kinds("Your team didn't place the orders after we approved them.")).toContain('service-failure');
    expect(kinds('We have received no substantive reply.')).toContain('service-failure');
    expect(kinds('Third no-show this month at Wakefield.')).toContain('repeat-failure');
    expect(kinds("That's the third design review cancelled on the morning itself.")).toContain('repeat-failure');
    expect(kinds("It's becoming a pattern.")).toContain('repeat-failure');
    expect(kinds('Four vans sat waiting since 7am.')).toContain('elapsed');
    expect(kinds('We will not be placing further orders with you until this is resolved.')).toContain('churn-threat');
    expect(kinds('We will terminate the procurement part of your appointment and buy direct.')).toContain('churn-threat');
    expect(kinds('Please treat this email as a formal complaint.')).toContain('legal-threat');
    expect(kinds('We will not be paying INV-9920 until the chairs are delivered.')).toContain('legal-threat');
    expect(kinds('If this is not resolved this month it goes to our legal department.')).toContain('legal-threat');
    expect(kinds("I'm out of patience.")).toContain('frustration');
    expect(kinds('We will be placing further orders with you in spring.')).not.toContain('churn-threat');
  });

  it('polite anger and dry remarks', () => {
    expect(kinds("I'd appreciate it if your techs checked the reg against the job sheet.")).toContain('polite-anger');
    expect(kinds('What will be different in April?')).toContain('polite-anger');
    expect(kinds("And please don't tell me another ten weeks.")).toContain('polite-anger');
    expect(kinds("I'd rather not repeat the experience.")).toContain('polite-anger');
    expect(kinds("I'm sure that's a coincidence.")).toContain('sarcasm');
    expect(kinds("It couldn't do the lift, which we'd sort of worked out for ourselves.")).toContain('sarcasm');
    expect(kinds("I'm sure the team will enjoy the surprise.")).toContain('sarcasm');
    expect(kinds('I particularly enjoyed the part where the lure went to our finance team.')).toContain('sarcasm');
    expect(kinds('I particularly enjoyed the workshop, thank you.')).not.toContain('sarcasm');
    expect(kinds("I'm sure the team will enjoy the new chairs.")).not.toContain('sarcasm');
  });
});
