import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 53 (issue #4): what b2b-blind197, 198, 199 and 200 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('asks whether an email is a scam; sold the business; the bank rejected a batch, theirs included', () => {
    expect(analyzeTone("Hi Priya,\n\nWe've had an email this morning saying our domain will be suspended unless we pay £249 via a link. The sender address looks odd.\n\nCould you tell me whether this is a scam? I've attached a screenshot.\n\nThanks,\nJenny").unhappy).toBe(false);
    expect(analyzeTone("Dear Mark,\n\nWe've agreed the sale of the shop and will hand over on 31 May. The new owners have their own contractors, so we'll need to end our maintenance agreement from that date.\n\nThank you for eleven years of looking after us.\n\nMargaret").unhappy).toBe(false);
    expect(analyzeTone("Hi Karen,\n\nOur payment run on Friday didn't go through: our bank had a systems problem and a whole batch of payments was rejected, including yours for INV-40552.\n\nWe've resubmitted today.\n\nMoira").unhappy).toBe(false);
    expect(kinds('Your renewal fee is a scam.')).toContain('hostility');
    expect(kinds('Is this a scam?')).not.toContain('hostility');
    expect(kinds('Our payments were rejected by your portal, all of them.')).toContain('service-failure');
  });

  it('pushing back on their landlord; holding the second survey reminder; their own file', () => {
    expect(analyzeTone("Hi Mark,\n\nOur landlord is replacing the roof in April and the condensing units will need to come down for three weeks. They've given us very little notice.\n\nCould you advise on options and rough costs? I'll need to push back on the landlord for some of it, so anything in writing would help.\n\nDavid").unhappy).toBe(false);
    expect(analyzeTone("Hi Megan,\n\nI need to flag a problem with the customer sample we sent over. Our CRM team have just told me the extract pulled the wrong email field for about 4,000 records.\n\nCan you hold the second reminder until we've sent the corrected list? Sorry – not our finest hour.\n\nGraham").unhappy).toBe(false);
    expect(kinds("We're pushing back on this charge.")).toContain('polite-anger');
    expect(kinds('This is the second reminder I have sent about the report.')).toContain('polite-anger');
  });
});

describe('complaints found', () => {
  it('quoted from the call notes, booked and missed, what the proposal says, nobody here', () => {
    expect(kinds('On our call you said, and I quote from my notes, "staging will be ready by Friday".')).toContain('broken-promise');
    expect(kinds('That was three weeks ago.')).toContain('elapsed');
    expect(kinds('The survey has now been booked and missed four times.')).toContain('broken-promise');
    expect(kinds('Your proposal specifically mentions speeder removal. None of that seems to have been done on this file.')).toEqual(['broken-promise', 'broken-promise']);
    expect(kinds("It's 11:30. Nobody here again.")).toContain('service-failure');
    expect(kinds('12 Feb: surveyor did not attend, no call.')).toContain('service-failure');
    expect(kinds('They have been on their way since 3 March.')).toContain('elapsed');
    expect(kinds('We had three failed deliveries this week.')).toContain('service-failure');
    expect(kinds('Nobody here minds the later start.')).not.toContain('service-failure');
    expect(kinds('Your proposal mentions a second wave in spring.')).not.toContain('broken-promise');
  });

  it('an engineer short with the staff, polite anger, dry remarks', () => {
    expect(kinds('He was short with my staff and left without explaining what he had done.')).toEqual(expect.arrayContaining(['service-failure']));
    expect(kinds("I'd prefer he isn't sent to us again.")).toContain('polite-anger');
    expect(kinds("I'm not keen to recode 2,000 responses myself.")).toContain('polite-anger');
    expect(kinds('Could someone go back through both questions properly?')).toContain('polite-anger');
    expect(kinds('Please give me one date that will actually happen.')).toContain('polite-anger');
    expect(kinds("I'm not asking for miracles.")).toContain('polite-anger');
    expect(kinds("If there isn't a date, I'd rather you just told me.")).toContain('polite-anger');
    expect(kinds('It was good of your engineer to spend a full twenty minutes with us.')).toContain('sarcasm');
    expect(kinds("Shame the freezer didn't agree.")).toContain('sarcasm');
    expect(kinds('Someone who can stay longer than it takes to drink a coffee.')).toContain('sarcasm');
    expect(kinds('The longest delivery journey in the history of float glass.')).toContain('sarcasm');
    expect(kinds('We were short of staff on the day.')).not.toContain('service-failure');
    expect(kinds("I'd prefer he is sent again, he was great.")).not.toContain('polite-anger');
    expect(kinds('Our biggest order in the history of the company.')).not.toContain('sarcasm');
  });
});
