import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 36 (issue #4): what b2b-blind69, 70 and 71 showed. Sentences written for this test, each beside a look-alike.

describe('quietly moving the work elsewhere', () => {
  it('reviewing whether to continue, other quotes, not extending, a part taken out of the appointment', () => {
    expect(kinds("We'll be reviewing whether it makes sense to continue with your practice beyond this phase.")).toContain('churn-threat');
    expect(kinds('We will continue with your practice beyond this phase.')).not.toContain('churn-threat');
    expect(kinds('Procurement have asked me to get alternative quotes for the maintenance contract.')).toContain('churn-threat');
    expect(kinds('Procurement have asked me to get quotes for the maintenance contract.')).not.toContain('churn-threat');
    expect(kinds("Frankly, we aren't comfortable simply renewing the support agreement.")).toContain('churn-threat');
    expect(kinds("We're removing the acoustic design element from your appointment.")).toContain('churn-threat');
    expect(kinds("We're moving the payroll for the Leeds office, and Bristol after it, to another provider.")).toContain('churn-threat');
    expect(kinds("We're moving the Leeds office to another building.")).not.toContain('churn-threat');
    expect(kinds('I want that answered before we use you for the other two sites.')).toContain('churn-threat');
  });

  it('refuses the fee as it stands, but not a payment that is only late', () => {
    expect(kinds("We won't be paying the introduction fee on this basis.")).toContain('legal-threat');
    expect(kinds("We won't be paying the March invoice.")).toContain('legal-threat');
    expect(kinds("We won't be paying the March invoice until the 30th, when our payment run moves.")).not.toContain('legal-threat');
    expect(kinds("And please don't assume it will be the full retainer.")).toContain('legal-threat');
  });

  it('their legal team or data protection officer told; their senior person copied in', () => {
    expect(kinds('We have informed our data protection officer and will be in touch.')).toContain('legal-threat');
    expect(kinds('Our data protection officer will be in touch about the new contract.')).not.toContain('legal-threat');
    expect(kinds("I've copied in Marta, since I understand she heads your managed services team.")).toContain('escalation-request');
    expect(kinds("I've copied in Marta, since she handles our invoices.")).not.toContain('escalation-request');
  });
});

describe('dry remarks', () => {
  it('a long wait called impressive, a promise quoted back, checks presumed on holiday', () => {
    expect(kinds('Two weeks to add a user to a shared mailbox. Truly remarkable.')).toContain('sarcasm');
    expect(kinds('Two weeks of work went into the new portal, and it is truly remarkable.')).not.toContain('sarcasm');
    expect(kinds('Impressive, in its own way.')).toContain('sarcasm');
    expect(kinds('Impressive work on the launch.')).not.toContain('sarcasm');
    expect(kinds('We so appreciated the "seamless migration" promise in your proposal.')).toContain('sarcasm');
    expect(kinds('Presumably your QA team were on holiday that week as well.')).toContain('sarcasm');
    expect(kinds('Presumably your QA team will be back from holiday next week.')).not.toContain('sarcasm');
  });
});

describe('asked before, and nothing back', () => {
  it('asked several times; the same fault again; nothing back', () => {
    expect(kinds("I've now asked you four times for the as-built drawings.")).toContain('repeat-failure');
    expect(kinds('It was returned on Monday and is doing exactly the same thing.')).toContain('repeat-failure');
    expect(kinds('Rang Monday and Thursday and emailed twice. Still nothing back.')).toContain('repeat-failure');
    expect(kinds('Nothing back from the council yet, so no news.')).not.toContain('repeat-failure');
  });

  it('a talk about whether it is working; chasing them for every deliverable; a date that holds', () => {
    expect(kinds('I think we need to talk frankly about how the migration has been going.')).toContain('polite-anger');
    expect(kinds('Could we talk about whether this is working for the team before Friday?')).toContain('polite-anger');
    expect(kinds('It feels as if we are chasing your team for every single report.')).toContain('polite-anger');
    expect(kinds('Please give me a date we can actually rely on.')).toContain('polite-anger');
    expect(kinds("I'm not looking for an explanation of the backlog.")).toContain('polite-anger');
    expect(kinds("I'd like to know what you can actually do by Friday.")).toContain('polite-anger');
    expect(kinds("I'd like to know what you can do by Friday.")).not.toContain('polite-anger');
  });
});

describe('told before, promised otherwise, dates that kept moving', () => {
  it('explained already months ago; what it was meant to do, and did not', () => {
    expect(kinds("I'm not happy, as we explained this point back in June.")).toContain('repeat-failure');
    expect(kinds("I'm happy to go ahead, as we explained this point to the board in June.")).not.toContain('repeat-failure');
    expect(kinds('The whole point was that the new firewall would end the outages. It has not.')).toContain('broken-promise');
    expect(kinds('The whole point was that the new firewall would end the outages. It has, and thank you.')).not.toContain('broken-promise');
  });

  it('a dated log of a date given and then moved, not a dated agenda', () => {
    expect(kinds('Timeline so far:\n- 3 Jun: you promised the survey report for 14 Jun.\n- 14 Jun: moved to 21 Jun.\n- 21 Jun: nothing.')).toContain('broken-promise');
    expect(kinds('Timeline so far:\n- 3 Jun: you confirmed the survey for 14 Jun.\n- 14 Jun: survey done, report received.')).not.toContain('broken-promise');
    expect(kinds('Plan:\n- Jun 3: kickoff, we agreed the scope.\n- Jun 14: review, we confirmed the colours.')).not.toContain('broken-promise');
  });

  it("the sender's own displeasure beside their boss's", () => {
    expect(kinds('Our director is very unhappy and honestly I am also not happy with the drawings.')).toContain('frustration');
    expect(kinds('Our director is very unhappy with the council, and we are all tired.')).not.toContain('frustration');
  });
});

describe('work that was not looked at', () => {
  it('copied from another job, essential not optional, the brief actually given', () => {
    expect(kinds('The drainage figures seem to have been copied from another project.')).toContain('problem');
    expect(kinds('We copied the colour scheme from another project we liked.')).not.toContain('problem');
    expect(kinds('Fluent German was essential, not a nice-to-have.')).toContain('polite-anger');
    expect(kinds('Please cost it against the spec we actually signed off.')).toContain('polite-anger');
  });

  it('of those they confirmed, few came; back as fixed; the fee taken off', () => {
    expect(kinds('Of the six drivers you confirmed for Saturday, two turned up.')).toContain('service-failure');
    expect(kinds('Of the six drivers we need for Saturday, two are booked.')).not.toContain('service-failure');
    expect(kinds("It's the third printer that has come back as fixed this month.")).toContain('broken-promise');
    expect(kinds('Please take the finder fee off the statement.')).toContain('legal-threat');
  });

  it("a contractor's insolvency explains the retender that follows", () => {
    const r = analyzeTone('Hi Ola,\n\nOur main contractor went into administration on Friday, a real blow.\n\nWe will have to retender the remaining works. Could you tell me what reissuing the package involves? Your drawings are in good shape.\n\nThanks,\nMia');
    expect(r.unhappy).toBe(false);
  });
});

describe('someone else’s trouble', () => {
  it('another person’s feeling, described', () => {
    expect(kinds('Our new starter has seemed quite upset this week, and I wanted to flag it.')).toContain('frustration');
    expect(kinds('She has seemed quite upset this week, and I wanted to flag it.')).not.toContain('frustration');
    expect(kinds('Passing on a note from a tenant, who is (understandably) furious about the noise.')).not.toContain('frustration');
  });

  it('another vendor’s helpdesk, a finger pointed at nobody, their side paid on time', () => {
    const vendor = analyzeTone("Hi Sam,\n\nThe booking platform changed their API overnight and our sync stopped. Their support say it's on their roadmap, which is pretty frustrating.\n\nCould you take a look at the connector?\n\nThanks,\nLi");
    expect(vendor.unhappy).toBe(false);
    const worried = analyzeTone("Hi Ana,\n\nThe building inspector now wants a second stair core, which I'm really worried about given the budget. Not pointing fingers at anyone, I just need to understand where we stand.\n\nCan you call me tomorrow?\n\nThanks,\nBen");
    expect(worried.unhappy).toBe(false);

  });
});

describe('a chase that says it is not the first', () => {
  const thread = (body: string) =>
    `${body}\n\nThanks,\nOlu\n\nOn Mon, 2 Mar 2026 at 09:10, Olu Adebayo wrote:\n> Hi Kim, any update on the fire strategy report? The insurer is asking.\n>\n> On Mon, 16 Feb 2026 at 11:02, Olu Adebayo wrote:\n>> Hi Kim, could you send the fire strategy report when it is ready? Thanks, Olu`;

  it('"bumping this again" over one earlier reminder chases again', () => {
    expect(kinds(thread('Hi Kim,\n\nBumping this again - see below.'))).toContain('repeat-failure');
    expect(kinds(thread('Hi Kim,\n\nBumping this - see below.'))).not.toContain('repeat-failure');
  });
});
