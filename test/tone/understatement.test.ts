import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';

// Round 6: understated verdicts on delivered work and instructions not followed (lib/tone/cue-rules.ts),
// as families of wording. New sentences, none from the blind sets; each with look-alikes that must not fire.
function firing(text: string, why: string): string[] {
  return analyzeTone(text).signals.filter((s) => s.why === why).map((s) => s.phrase);
}

const UNDERSTATED = 'Says, understated, that it is not what it should be.';
const NOT_FOLLOWED = 'Says their instructions or the agreement were not followed.';

describe('understatement', () => {
  it('fires on mild verdicts about the work', () => {
    for (const s of [
      'The new rota export is not ideal, half the shifts are out of order.',
      'Honestly the first draft felt a bit rushed.',
      'The handover notes were somewhat generic for what we paid.',
      'The migration could have been communicated a lot better.',
      'The late change put us in an awkward position with our auditors.',
      'Having the site down on launch day is less than ideal.',
      'The translation quality was far from satisfactory.',
    ]) expect(firing(s, UNDERSTATED), s).not.toEqual([]);
  });

  it('does not fire on scheduling, own impositions or a shrug', () => {
    for (const s of [
      'Tuesday is not ideal for me, could we do Wednesday?',
      'I know the timing is not ideal, sorry to spring this on you.',
      'Not ideal, but no harm done.',
      'It was a bit chilly at the venue, nothing to worry about.',
      'The workshop could have gone on for another hour, everyone loved it.',
    ]) expect(firing(s, UNDERSTATED), s).toEqual([]);
  });

  it('is dropped when it is about the client’s own news', () => {
    expect(firing('Losing the tender after all that work was a bit deflating for the team.', UNDERSTATED)).not.toEqual([]);
    expect(firing('We lost the tender this week, which is a bit deflating.', UNDERSTATED)).toEqual([]);
  });
});

describe('instructions or the agreement not followed', () => {
  it('fires on instructions ignored, unapproved changes and expectation gaps', () => {
    for (const s of [
      'The crates were stacked three high, against the clear instructions on the labels.',
      'The invoice went to our old office despite the booking form listing the new address.',
      'We specifically asked for matte paper.',
      'Our plan was upgraded without anybody telling us.',
      'The domain was transferred without our approval.',
      'I assumed the licence fee was covered in the quote.',
      'The purchase order clearly stated next-day delivery.',
      'I shouldn’t have to check every invoice line by line.',
      'We should not need to remind your team about the cut-off every month.',
    ]) expect(firing(s, NOT_FOLLOWED), s).not.toEqual([]);
  });

  it('does not fire on instructions that are only mentioned or followed', () => {
    for (const s of [
      'Please follow the instructions on the labels when you stack the crates.',
      'As you specifically asked, here is the matte paper sample.',
      'We shouldn’t need to change anything on our side.',
      'The brief says 800 words; is that still right?',
      'I thought you might like to see the final photos.',
    ]) expect(firing(s, NOT_FOLLOWED), s).toEqual([]);
  });
});

describe('the things they left us with', () => {
  it('a button that does nothing, stock ruined, and work for the next round going elsewhere', () => {
    expect(analyzeTone('The checkout button on the mobile site does nothing since your update.').issues.length).toBeGreaterThan(0);
    expect(analyzeTone('Four cartons of stock are ruined after the van left them by the loading bay overnight.').issues.length).toBeGreaterThan(0);
    expect(analyzeTone("We've decided to go with a different supplier for the next phase of the fit-out.").signals.map((s) => s.category)).toContain('churn-threat');
    expect(analyzeTone("I'm doing nothing this weekend, so Monday is fine for the call.").issues).toEqual([]);
    expect(analyzeTone('We are bringing in a different agency for the photography, alongside your team.').signals.map((s) => s.category)).not.toContain('churn-threat');
  });
});
