import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 45 (issue #4): what b2b-blind133, 134, 135 and 136 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints', () => {
  it('"this isn\'t aimed at you"; "I know there\'s nothing you can do"', () => {
    expect(analyzeTone("Hi Jo,\n\nForwarding a member complaint so you can see the pressure we're under. To be clear, this isn't aimed at you - two treadmills were damaged over the weekend and we only found out on Monday.\n\nCould we get an engineer in as soon as possible?\n\nThanks,\nCarla").unhappy).toBe(false);
    expect(analyzeTone("Hi Peter,\n\nOur accountants still haven't finalised the year-end accounts and the filing deadline is 30 September. They keep promising \"next week\".\n\nIs there any way to apply for an extension? I know there's nothing you can do until you have the accounts.\n\nCheers,\nHugh").unhappy).toBe(false);
  });

  it("the client's bank: a glitch on their side, their system not ours", () => {
    expect(analyzeTone("Hi there,\n\nOur bank has just told us that a glitch on their side sent our payment for INV-5510 twice. Complete nightmare on their end.\n\nCould you refund the duplicate or hold it as credit? Sorry for the extra admin.\n\nKind regards,\nBev").unhappy).toBe(false);
    expect(kinds('Our bank had a problem with the BACS run (their system, not ours).')).not.toContain('blame');
    expect(kinds('The error is yours, not ours.')).toContain('blame');
  });

  it('the police investigating; "we\'ve got nothing ourselves"', () => {
    expect(kinds("Our CCTV has been down for a fortnight, so we've got nothing ourselves.")).not.toContain('broken-promise');
    expect(analyzeTone("Hi Marcus,\n\nThe police are investigating a series of tags around the estate. Our CCTV has been down for a fortnight (our security contractor is supposedly fixing it), so we've got nothing ourselves.\n\nDo your lads take before photos? Could you send whatever you have from Tuesday?\n\nThanks,\nHayley").unhappy).toBe(false);
  });
});
