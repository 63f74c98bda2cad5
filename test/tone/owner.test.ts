import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';
import { maskNonBody } from '../../lib/tone/body';
import { sentenceOwners, type Owner } from '../../lib/tone/owner';
import { sentences, tokenize } from '../../lib/tone/text-units';

// Whose problem a sentence is about (lib/tone/owner.ts). New sentences, none from the blind sets.
function ownerOf(sentence: string): Owner {
  const masked = maskNonBody(sentence);
  const owners = sentenceOwners(masked, sentences(masked), tokenize(masked));
  expect(owners).toHaveLength(1);
  return owners[0].owner;
}

describe('whose problem a sentence is about', () => {
  it('the recipient, when they are named as the one who did it or own the thing', () => {
    for (const s of [
      'The figures in your summary are wrong.',
      "You've billed us for the same week twice.",
      'We lost the contract because your report arrived late.',
      'My flight was cancelled because you booked the wrong date.',
    ]) expect(ownerOf(s), s).toBe('recipient');
  });

  it('not the recipient when "you" is only addressed, thanked or asked', () => {
    for (const s of ['Thank you for the quick turnaround.', 'Could you send the slides again?', 'Sorry for messing you around this week.']) {
      expect(ownerOf(s), s).toBe('unknown');
    }
  });

  it('the sender, when they say the fault is theirs or not the recipient’s, even beside "your"', () => {
    for (const s of [
      'The wrong logo on the flyer was my mistake, not your designer’s.',
      'That outage is nothing to do with your platform.',
      'I attached the wrong spreadsheet yesterday.',
      'The delay was on our side this time.',
    ]) expect(ownerOf(s), s).toBe('sender');
  });

  it('news: the sender’s own misfortune or a third party’s doing', () => {
    for (const s of [
      'Our finance director is off sick until Monday.',
      'We lost the council tender to a local firm, which stings.',
      'The storm took the roof off the warehouse.',
      'The regulator rejected our first submission.',
      'Our marketing budget has been cut by a third.',
      "I'm stuck at the airport in Lisbon.",
    ]) expect(ownerOf(s), s).toBe('news');
  });

  it('not news when the sender’s loss is pinned on the recipient, or the words mean something else', () => {
    expect(ownerOf('We lost the Harlow account after your team missed the launch.')).toBe('recipient');
    expect(ownerOf('When we signed off the designs, the plan was to launch in May.')).toBe('unknown');
    expect(ownerOf('Someone on our side has to re-key every order by hand.')).toBe('unknown');
    expect(ownerOf('I forgot to mention: the export is still broken.')).toBe('unknown');
    // A third party named as the audience, not the one at fault.
    expect(ownerOf('The missing figures embarrassed us in front of our auditors.')).toBe('unknown');
  });
});

describe('the client’s own bad news is not a complaint', () => {
  it('is not flagged, and its failure words are not shown as signals', () => {
    for (const text of [
      'We lost the council tender this week, which is a real disappointment. We will have to pause phase two until spring. Thanks for all the work so far.',
      'Our MD has been signed off sick, so the board meeting is delayed again. Could we move our review to the 20th?',
      'The storm flooded our basement and the archive boxes are ruined. Nothing for you to do, just letting you know the office is closed tomorrow.',
      'I sent you the wrong price list on Monday, apologies. The right one is attached.',
    ]) {
      const r = analyzeTone(text);
      expect(r.unhappy, text).toBe(false);
      expect(r.signals.filter((s) => s.category === 'broken-promise' || s.category === 'repeat-failure' || s.category === 'frustration'), text).toEqual([]);
    }
  });

  it('a complaint that mentions the client’s loss is still flagged', () => {
    for (const text of [
      'We lost the Harlow account last week after your team missed the launch date twice. I need to understand what happened.',
      'Your engineer left the server room unlocked overnight and two laptops were stolen. This is not acceptable.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(true);
  });
});

describe('news announced, accepted, or reacted to (issue #4, round 8)', () => {
  const flagged = (t: string) => analyzeTone(t).unhappy;

  it('the sender calling it their own news, or accepting it, makes the sentence news', () => {
    expect(ownerOf('Sad news from our side: we have had to close the Leeds shop.')).toBe('sender');
    expect(ownerOf('Some bad news at our end, the sponsor you pitched to has pulled out.')).toBe('sender');
    expect(ownerOf('Frustrating, but these things happen.')).toBe('sender');
    expect(ownerOf("Irritating, but that's life.")).toBe('sender');
    expect(ownerOf('It was nobody’s fault, really.')).toBe('sender');
    // not acceptance
    expect(ownerOf('These things happen far too often with your couriers.')).toBe('recipient');
    expect(ownerOf('Frustrating, and it keeps happening.')).toBe('unknown');
  });

  it('a bare feeling right after news is about that news; a longer sentence, or one about "you", is not', () => {
    const owners = (t: string) => {
      const m = maskNonBody(t);
      return sentenceOwners(m, sentences(m), tokenize(m)).map((o) => o.owner);
    };
    expect(owners('Our investors pulled out on Friday. Really annoying after all that work.')).toEqual(['news', 'news']);
    expect(owners('Our investors pulled out on Friday. Really annoying that your deck had the old figures in it.')).toEqual(['news', 'recipient']);
    expect(owners('Our investors pulled out on Friday. The deck went out with the old figures and nobody checked it.')).toEqual(['news', 'unknown']);
  });

  it('through analyzeTone: third parties and the sender\'s own news are not complaints', () => {
    expect(flagged('Hi Jo, the trustees have turned the proposal down. So annoying after all that work. Could we meet to plan a smaller version?')).toBe(false);
    expect(flagged('Our lead designer has accepted an offer elsewhere. Disappointing, but these things happen. Can you send two more portfolios?')).toBe(false);
    expect(flagged('Hi Sam, disappointing news: the sponsor has pulled the funding for next year. Could you scope a cheaper version of the site?')).toBe(false);
    // the same feelings about the recipient's work still count
    expect(flagged('The banners you printed have the old logo on them. So annoying after all that work, and the event is on Saturday.')).toBe(true);
  });

  it('a fix that came back is not a fix: "the same bug that was fixed in May"', () => {
    const calming = (t: string) => analyzeTone(t).score ?? 0;
    expect(calming('The export is broken again. It is the same bug that was fixed in May.')).toBeGreaterThan(calming('The export was broken this morning. The bug was fixed in May.'));
    expect(analyzeTone('The export bug was fixed last night, thanks.').score ?? 100).toBeLessThan(25);
  });
});

describe('the sender losing a booking, and apologising for the trouble they cause (round 8)', () => {
  it('"we have lost the venue" is news; "sorry to mess you around" calms, unless a "but" follows', () => {
    expect(ownerOf('We have lost the venue for the launch, the owners sold it.')).toBe('news');
    expect(ownerOf('We lost the venue because your team never confirmed the booking.')).toBe('recipient');
    const calm = (t: string) => analyzeTone(t).score ?? 0;
    expect(calm('Could you move the delivery to Thursday? Sorry to mess you around.')).toBeLessThan(calm('Could you move the delivery to Thursday?') + 1);
    expect(analyzeTone('We have lost the venue for the launch (they double-booked us, a nightmare), so please hold the banners. Sorry to mess you around.').unhappy).toBe(false);
    const report = 'this is the second wrong delivery and the invoice is still wrong.';
    expect(calm(`Sorry to mess you around, but ${report}`)).toBeGreaterThanOrEqual(calm(`Sorry, ${report}`));
  });
});
