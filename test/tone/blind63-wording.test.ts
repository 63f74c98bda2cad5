import { describe, expect, it } from 'vitest';
import { cueKinds as kinds } from './cue-kinds';

// Round 35 (issue #4): what b2b-blind63, 64 and 65 showed. Sentences written for this test, each beside a look-alike.

describe('dry thanks', () => {
  it('for how long it took, for a stock reply, for the next one, for the queue', () => {
    expect(kinds('Thanks so much for finally sending someone to look at the boiler.')).toContain('sarcasm');
    expect(kinds('Thanks so much for sending someone to look at the boiler.')).not.toContain('sarcasm');
    expect(kinds('Really appreciate that it only took five weeks and four reminders.')).toContain('sarcasm');
    expect(kinds("It's very helpful to know that 'the team is aware of the issue'.")).toContain('sarcasm');
    expect(kinds("I'll look forward to the next one.")).toContain('sarcasm');
    expect(kinds('Our delegates really enjoyed the novel experience of queueing for 40 minutes for lunch.')).toContain('sarcasm');
    expect(kinds('Our delegates really enjoyed the experience of the river cruise.')).not.toContain('sarcasm');
  });
});

describe('a complaint in plain words', () => {
  it('checking everything they send, not what we signed up for', () => {
    expect(kinds('My team are now double-checking every booking confirmation you send.')).toContain('polite-anger');
    expect(kinds('Which kind of defeats the point of paying a broker.')).toContain('polite-anger');
    expect(kinds('Converting it for every transaction defeats the purpose of having crypto.')).not.toContain('polite-anger');
    expect(kinds("That's not really what we signed up for when we outsourced.")).toContain('polite-anger');
  });

  it('three now, instead of us chasing, the second month going through it line by line', () => {
    expect(kinds("So that's three now. Ciara handed in her notice yesterday.")).toContain('repeat-failure');
    expect(kinds('Can you tell us upfront instead of us chasing?')).toContain('repeat-failure');
    expect(kinds("This is the second month I've had to go through it line by line.")).toContain('repeat-failure');
  });

  it('the rebate expected, the failures put on record, payment held, not paying for what was not delivered', () => {
    expect(kinds("I'll be expecting the rebate per our terms.")).toContain('blame');
    expect(kinds('I am writing to record the issues with the June payroll run.')).toContain('frustration');
    expect(kinds("I'll hold off on paying the final invoice until we've talked.")).toContain('legal-threat');
    expect(kinds("I'm happy to pay for what was delivered, but not for what wasn't.")).toContain('service-failure');
    expect(kinds('Payslips emailed to two staff contained another employee\'s details.')).toContain('problem');
  });

  it('a workstream moved to the in-house team', () => {
    expect(kinds("We'll be moving the contract abstraction workstream for the Meridian portfolio to our in-house team from next month.")).toContain('churn-threat');
    expect(kinds("We'll be moving the kick-off to our office from next month.")).not.toContain('churn-threat');
  });

  it('anger at their bank or their customer, passed on with an apology, is not at us', () => {
    expect(kinds('Our bank migrated our accounts last week and, without telling us, cancelled several mandates. I am frankly furious with them.')).not.toContain('frustration');
    expect(kinds('I am frankly furious with you.')).toContain('frustration');
    expect(kinds("Our customer has once more changed the manual. I am honestly quite annoyed with them.")).not.toContain('frustration');
    expect(kinds("Sorry to vent at you. It's their system mixing up references, absolutely ridiculous.")).not.toContain('frustration');
  });

  it('their own support line taking calls, praise of their turnaround', () => {
    expect(kinds('Our support line has had around 120 calls so far.')).not.toContain('repeat-failure');
    expect(kinds("We've had 120 calls from you about the same invoice.")).toContain('repeat-failure');
    expect(kinds('Really appreciate the quick turnaround you always give us.')).not.toContain('blame');
  });
});

