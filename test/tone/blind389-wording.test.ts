import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 77 (issue #4): what b2b-blind389, 390, 391 and 392 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('their own unpaid invoices, "no reflection on your service"; a councillor copied in is no third party\'s news', () => {
    expect(mail("I've just found your statement in the treasurer's tray and I'm mortified – three invoices are unpaid. Our previous treasurer stood down in the spring and, frankly, things fell through the cracks. None of this is any reflection on your service.\n\nI'm getting the payments authorised on Thursday.").unhappy).toBe(false);
    expect(kinds('Things fell through the cracks at your end again.')).not.toContain('calm');
    expect(mail("Copying Cllr Jim Reid, Chair of the council.\n\nOver three weeks I've been promised a call back three times. None of those calls has happened, and the clock has been stuck since the storm.").unhappy).toBe(true);
  });

  it('look-alikes of the new branches', () => {
    expect(kinds("I've copied in Sam, our office manager, so she can book the visit.")).not.toContain('escalation-request');
    expect(kinds("I'd like your assurance in writing that the slot is confirmed.")).not.toContain('polite-anger');
    expect(kinds('Our staff left the door unlocked on Friday.')).not.toContain('problem');
    expect(kinds('Nobody has any objections.')).not.toContain('broken-promise');
    expect(kinds("We've been told by the council that the road closes on Monday.")).not.toContain('broken-promise');
  });
});

describe('complaints found', () => {
  it('escalation: a director copied in by name, a chair of governors told', () => {
    expect(kinds("I've copied in Richard Greaves, our Regional Operations Director.")).toContain('escalation-request');
    expect(kinds('I have reported this to our Chair of Governors.')).toContain('escalation-request');
  });

  it('promises quoted and broken: promised a call, "Nobody has.", set out in the agreement, never quoted, never raised', () => {
    expect(kinds("Over three weeks I've been promised a call back from Tom, then from Phil.")).toContain('broken-promise');
    expect(kinds('I rang the office on the 12th and was promised someone would come out. Nobody has.')).toContain('broken-promise');
    expect(kinds('The key-holding arrangements were set out clearly in the access agreement we signed.')).toContain('broken-promise');
    expect(kinds("The rest are items I've never seen a quote for.")).toContain('broken-promise');
    expect(kinds('Nobody raised any of these with us at the time.')).toContain('broken-promise');
    expect(kinds('The dry system section says "no deficiencies", but your tech told our engineer the compressor was short-cycling.')).toContain('broken-promise');
    expect(kinds("I'm not in a position to agree this.")).toContain('legal-threat');
  });

  it('failures and waiting: left unlocked, every job overrun, still open after months, none of the calls', () => {
    expect(kinds("Your team left St Oswald's unlocked on Thursday evening.")).toContain('problem');
    expect(kinds('Your engineer left the access trapdoor to the clock room open.')).toContain('problem');
    expect(kinds('Across the last three call-offs every job has overrun.')).toContain('problem');
    expect(kinds('The chapel snagging is still open after four months.')).toContain('problem');
    expect(kinds('None of those calls has happened.')).toContain('problem');
  });

  it('leaving: no further visits, re-procuring the lot, all contracts under review', () => {
    expect(kinds('We will not allow any further visits until we have met.')).toContain('churn-threat');
    expect(kinds('One option will be suspending further call-offs and re-procuring the lot.')).toContain('churn-threat');
    expect(kinds('Richard is reviewing all our spa contracts across the group.')).toContain('churn-threat');
  });

  it('dry remarks and pointed asks', () => {
    expect(kinds("I assume it's coming by canal boat.")).toContain('sarcasm');
    expect(kinds('The invoices arrive very punctually, unlike anyone from your studio.')).toContain('sarcasm');
    expect(kinds("If there's a plan for someone to actually stand on it, I'd be grateful to know.")).toContain('sarcasm');
    expect(kinds('It rattled during the silence, which you can imagine went down well.')).toContain('sarcasm');
    expect(kinds("If there's a realistic date I'd love to hear it.")).toContain('polite-anger');
    expect(kinds("I need to be able to trust what's in these reports.")).toContain('polite-anger');
    expect(kinds("I'd like your assurance in writing that this won't happen again.")).toContain('polite-anger');
    expect(kinds('I need to see a credible improvement plan from you before the 21st.')).toContain('polite-anger');
  });
});
