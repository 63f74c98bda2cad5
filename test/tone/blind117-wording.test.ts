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
