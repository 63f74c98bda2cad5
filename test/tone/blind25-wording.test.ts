import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 22 (issue #4): what b2b-blind25 and 26 showed. Sentences written for this test, each beside a look-alike.

describe('the letter before parting', () => {
  it('alternatives, parting ways, the rest of the fee withheld', () => {
    expect(kinds("I'm actively discussing alternatives with our procurement team.")).toContain('churn-threat');
    expect(kinds('We should talk about whether to agree to part ways.')).toContain('churn-threat');
    expect(kinds("I'm not prepared to pay the remainder on the current trajectory.")).toContain('legal-threat');
    expect(kinds('We looked at the alternatives in the options paper you sent, all fine.')).not.toContain('churn-threat');
    expect(kinds("I'm not prepared to pay for the premium tier, so let's stay on standard.")).not.toContain('legal-threat');
  });

  it("copying in the firm's managing partner; no longer believing it can be fixed", () => {
    expect(kinds("I'm copying in Elaine, as I understand she is your managing partner.")).toContain('escalation-request');
    expect(kinds("I'm copying in Elaine from our finance team for the invoice.")).not.toContain('escalation-request');
    expect(kinds('I no longer think this project can be fixed at the working level.')).toContain('frustration');
    expect(kinds('I no longer think we need the extra licence.')).not.toContain('frustration');
  });

  it('three analysts, February, weeks past the date agreed', () => {
    expect(kinds("We've had three different lead analysts on this since September.")).toContain('repeat-failure');
    expect(kinds("It's now February.")).toContain('elapsed');
    expect(kinds("We're now three weeks past the date we agreed for launch.")).toContain('broken-promise');
  });
});

describe('dry sarcasm and the pointed ask', () => {
  it('admiring the consistency, one that actually works, what changed', () => {
    expect(kinds('Wrong name again, but I do admire the consistency.')).toContain('sarcasm');
    expect(kinds("Could you let me know when I'll get a version that's actually ready?")).toContain('polite-anger');
    expect(kinds("I'd like to know what changed between my approval and distribution.")).toContain('polite-anger');
    expect(kinds('I admire the work your team did on the launch.')).not.toContain('sarcasm');
  });
});

describe("trouble that is the sender's own or someone else's", () => {
  it("our bank froze the payment; the CEO's blocked-out afternoon", () => {
    const r = analyzeTone("Hi Jamie,\n\nEmbarrassing one – our bank flagged the payment for invoice 1047 as a new payee and froze it, and nobody on our side saw the notice for a week. I'm so sorry, I know it's now overdue. It's been resent, so you should see it in two days.\n\nDoes the late payment hold up the shoot? Our CEO has blocked out the afternoon of the 22nd.\n\nMarta");
    expect(r.unhappy).toBe(false);
    expect(kinds('Our CEO has blocked out the afternoon.')).not.toContain('problem');
  });

  it('a burst pipe upstairs: asking for an emergency clean-up is not blaming the cleaners', () => {
    const r = analyzeTone("Good morning,\n\nThere was a burst pipe in the office above us during the night and water came through our ceiling. The landlord's plumber has stopped the leak, but the carpet is soaked.\n\nPlease can you send your team today to do an emergency clean-up and remove the damaged tiles?\n\nThank you,\nNgozi");
    expect(r.unhappy).toBe(false);
  });

  it('our own artwork error; the press date is not a missed one', () => {
    expect(analyzeTone("Hi Dean,\n\nI'm really sorry – the artwork we approved for job 60412 has last year's nutrition panel on it. Completely our mistake. Your schedule said it was due on press Thursday; can the run be held?\n\nEllie").unhappy).toBe(false);
    expect(kinds('Your schedule said it was due on press Thursday.')).not.toContain('broken-promise');
    expect(kinds('The report was due on Thursday and it has not arrived.')).toContain('broken-promise');
  });

  it('trusting the bookkeeper with a tax letter; praising the team while passing on a tenant complaint', () => {
    expect(analyzeTone("Hi Raj,\n\nWe've had a letter from HMRC about a VAT compliance check. To be honest it's thrown me a bit. I know you've prepared all the returns and I've no reason to think they're not right, I just don't know what happens next. Can you deal with them for us?\n\nSiobhan").unhappy).toBe(false);
    expect(analyzeTone("Hi Beth,\n\nForwarding a complaint from a tenant: the washroom ran out of towels several times this week. I don't think this is a cleaning standards issue – your team have been great and the other floors are spotless. Could we add an afternoon check?\n\nYasmin").unhappy).toBe(false);
  });
});
