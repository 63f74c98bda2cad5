import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 43 (issue #4): what b2b-blind117, 118, 119 and 120 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: someone else did it', () => {
  it("the client's bank changed its process or moved them to a new platform", () => {
    expect(analyzeTone("Hi Alison,\n\nApologies - our payment run on the 28th never went through. Our bank changed its authorisation process last month and the batch has been sitting unapproved, which nobody told us about. Very frustrating!\n\nIt should reach you by Friday. Sorry for the hassle.\n\nKind regards,\nNeil").unhappy).toBe(false);
    expect(analyzeTone("Hi Natalie,\n\nThe payment for INV-29930 will be late, sorry. Our bank moved us onto a new platform last week and the payment run failed. None of our supplier payments went out, not just yours.\n\nNothing for you to do.\n\nBest,\nGraham").unhappy).toBe(false);
  });

  it("a landlord's contractor, a managing agent, a broker", () => {
    expect(analyzeTone("Hi Joe,\n\nOur landlord had a refurbishment contractor in over the weekend, and they've taken down both of your hand dryers. One looks like it's had its cable cut. I've raised it with the landlord's managing agent, as we didn't authorise it and nobody told us.\n\nCould you come and reinstall once the tiling is done?\n\nThanks,\nAmanda").unhappy).toBe(false);
    expect(analyzeTone("Hi Stuart,\n\nMore bad news on the landlord front. Their managing agent still hasn't given permission for you to work on the supply. I've chased them four times now and got nothing back. Honestly I'm getting fed up with them.\n\nCan we keep the booking for the 19th?\n\nThanks for bearing with us,\nClaire").unhappy).toBe(false);
    expect(analyzeTone("Hi Stuart,\n\nYour electrician still hasn't given us a date for the remedial work. I've chased four times now and got nothing back.\n\nClaire").unhappy).toBe(true);
  });

  it('"it could well be our end"', () => {
    expect(analyzeTone("Hi support,\n\nFG22 PLM has shown offline since Tuesday. It went into our workshop for a clutch replacement and the mechanic may have disconnected the battery, so it could well be our end. It has been driven today but still no position.\n\nCould you check whether the unit is talking to you?\n\nThanks,\nCallum").unhappy).toBe(false);
  });

  it("a customer's displeasure passed on, and the sender's own panic", () => {
    expect(kinds("As you'll see they're not happy about the missed window.")).not.toContain('frustration');
    expect(kinds("As you'll see we're not happy about the missed window.")).toContain('frustration');
    expect(kinds("I'm a bit panicked, to be honest.")).not.toContain('polite-anger');
    expect(kinds('To be honest, this is the third time.')).toContain('polite-anger');
  });
});

describe('complaints found', () => {
  it('short again; the second mix-up; not the first time; mentioned it to them twice; nothing since', () => {
    expect(kinds('Short again on bath towels.')).toContain('repeat-failure');
    expect(kinds("It's the second mix-up since the route change.")).toContain('repeat-failure');
    expect(kinds('This is not first time.')).toContain('repeat-failure');
    expect(kinds("We've mentioned it to your technician twice.")).toContain('repeat-failure');
    expect(kinds('He said he would put it on the system. Nothing since.')).toContain('repeat-failure');
    expect(kinds("We're short of space again this year, so fewer cages please.")).not.toContain('repeat-failure');
    expect(kinds("It's the second site since the move to Leeds.")).not.toContain('repeat-failure');
  });

  it('what came against what was ordered; the figure achieved against the SLA; still on the old levels', () => {
    expect(kinds('40 delivered, 120 ordered.')).toContain('broken-promise');
    expect(kinds('Against the 95% visit compliance in the SLA, your team achieved 78%.')).toContain('broken-promise');
    expect(kinds('Deliveries are still on the winter pars.')).toContain('broken-promise');
    expect(kinds('120 ordered for delivery on Friday, please.')).not.toContain('broken-promise');
  });

  it('nothing says it like their mistake; impressive, given; an unexpected break', () => {
    expect(kinds('Nothing says "boutique hotel" like a mascara print from somebody else\'s stay.')).toContain('sarcasm');
    expect(kinds('Impressive, given the building was locked all weekend.')).toContain('sarcasm');
    expect(kinds('The whole office enjoyed an unexpected 40-minute tea break.')).toContain('sarcasm');
    expect(kinds('Impressive work on the stand, thank you.')).not.toContain('sarcasm');
  });

  it('no big deal, but; something to raise; whether it has actually been done; that it does not happen again', () => {
    expect(kinds("I don't want to make a big deal of it, but the napkins have been coming back grey.")).toContain('polite-anger');
    expect(kinds("I need to raise something about this morning's drop.")).toContain('polite-anger');
    expect(kinds('I need to raise something with our finance team first.')).not.toContain('polite-anger');
    expect(kinds('Can you confirm the new pars have actually been loaded?')).toContain('polite-anger');
    expect(kinds('Could you speak to the driver and make sure it doesn\'t happen again?')).toContain('polite-anger');
    expect(kinds('Sorry, that was our mistake and I will make sure it doesn\'t happen again.')).not.toContain('polite-anger');
  });

  it('unanswered; trying since January; how it passed untested; bought for exactly this', () => {
    expect(kinds('Emails unanswered, voicemails not returned.')).toContain('broken-promise');
    expect(kinds("I've been trying to get hold of our account manager since early January.")).toContain('broken-promise');
    expect(kinds('How is possible to pass if nobody test them?')).toContain('broken-promise');
    expect(kinds('How is it possible to add a second user to the portal?')).not.toContain('broken-promise');
    expect(kinds('We bought the system specifically to get this right.')).toContain('broken-promise');
  });

  it('payments held, credits applied, the break clause, a tender before renewing, notice to terminate', () => {
    expect(kinds("We'll be applying service credits of £4,260 against the October invoice.")).toContain('legal-threat');
    expect(kinds("I'm holding the November payment until I've seen a written recovery plan.")).toContain('legal-threat');
    expect(kinds('We are holding payment of INV-40551 (£6,840.00) until the trackers are fixed.')).toContain('legal-threat');
    expect(kinds("So we're not paying for a service we're not getting.")).toContain('legal-threat');
    expect(kinds("I'll be recommending we exercise the break clause in January.")).toContain('legal-threat');
    expect(kinds('The board has asked me to run a full tender before committing to another term.')).toContain('churn-threat');
    expect(kinds("Please take this as our 30 days' notice to terminate the agreement.")).toContain('churn-threat');
  });

  it('empty since half term; no position in over a month; their portal says serviced, the bins still full', () => {
    expect(kinds('The units have been empty since before half term.')).toContain('elapsed');
    expect(kinds('19 of the 30 units have not reported a position in over a month.')).toContain('elapsed');
    expect(kinds('I see from your customer portal that the bins were serviced on Saturday.\n\nThe bins were, unsurprisingly, still full on Monday.')).toContain('broken-promise');
    expect(kinds('I see from your customer portal that the bins were serviced on Saturday. Thanks, that matches our log.')).not.toContain('broken-promise');
  });
});
