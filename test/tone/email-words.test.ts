import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';
import { CLIENT_WORDS, clientWordEvidence, emailShape, wordContribution } from '../../lib/tone/client-words';
import { emailScale, measure } from '../../lib/tone/measure';
import { buildReasons } from '../../lib/tone/reasons';
import { logit, toScore } from '../../lib/tone/model';

// The client-mail word component reads only email-shaped messages (lib/tone/README.md, "Client-mail
// words (shipped, email only)"): on tweets, reviews and Reddit posts its words are everyday words.
describe('the email gate', () => {
  it.each([
    ['Hi Dan,\n\nThe tiles are the wrong finish.\n\nRuth', 'greeting'],
    ['Dear Mr Patel,\nPlease find the figures attached.', 'greeting'],
    ['hi dan,\nthe invoice is wrong again', 'greeting'],
    ['Good morning all\nQuick update on the move.', 'greeting'],
    ['Hi Sam, our IT guy says the firewall is blocking you.', 'greeting'],
    ['Morning. The cleaners did not come on Tuesday.', 'greeting'],
    ['Sam,\n\nThe migration was supposed to be done by Monday.', 'greeting'],
    ['Mr Hale, unfortunately the other side rejected our offer.', 'greeting'],
    ['The report is attached.\n\nThanks,\nMeera', 'sign-off'],
    ['The report is attached.\nKind regards\nHelen Marsh\nOperations Director', 'sign-off'],
    ['The report is attached. Let me know.\nBest, Priya', 'sign-off'],
    ['Following up on this.\n\n---------- Forwarded message ---------\nFrom: Joe', 'mail-client'],
    ['Any news?\n\nOn Mon, 3 Jun, Priya wrote:\n> here it is', 'mail-client'],
    ['need the NDA back today\n\nSent from my iPhone', 'mail-client'],
  ])('email-shaped: %j', (text, shape) => {
    expect(emailShape(text)).toBe(shape);
  });

  it.each([
    '@HDFCBank_Cares money debited but not credited, still waiting since 5 days',
    'Morning traffic was awful and the bus never came.',
    'Hey @united, lost my bag again',
    'Hi there is a bug in the app since the update.',
    'Great phone, battery lasts two days. Thanks!',
    'Thanks for nothing, the delivery was late again.',
    'thanks, got it',
    'Sam was right, nobody reads the manual.\nStill broken after the update though.',
    'I ordered on Monday.\n\nIt came on Friday, broken.\n\nNobody answers the phone.',
    '> quoted reddit comment\nI agree with this so much',
    'Best purchase ever, would buy again',
    '',
  ])('not email-shaped: %j', (text) => {
    expect(emailShape(text)).toBeNull();
  });

  it('a body without email shape gets no word part, and the same words with a greeting do', () => {
    const body = 'The kitchen island is still shown where it was in v1, which we said twice will not work. Nobody explained why.';
    expect(measure(body).words.part).toBe(0);
    const mail = measure(`Hi Anna,\n\n${body}\n\nBest,\nTom`);
    expect(mail.words.shape).toBe('greeting');
    expect(mail.words.part).toBeGreaterThan(0);
    expect(mail.words.raised.map((t) => t.term)).toEqual(expect.arrayContaining(['still', 'twic']));
  });

  it('runs in linear time on long lines built to backtrack', () => {
    const shapes = [
      `Hi ${'Aa '.repeat(200_000)}`,
      `Thanks ${'A '.repeat(200_000)}x`,
      `On ${'a '.repeat(200_000)}wrote`,
      `${'Dear '.repeat(100_000)}\n${'Best, '.repeat(100_000)}`,
      `${'\n'.repeat(200_000)}Hi`,
    ];
    for (const s of shapes) {
      const t0 = performance.now();
      emailShape(s);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

describe('the word addition', () => {
  it('is bounded by the model bound whatever the words', () => {
    const m = { ...CLIENT_WORDS, alpha: 5 };
    for (const sum of [-1e6, -50, -3, 0, 3, 50, 1e6]) expect(Math.abs(wordContribution(sum, m))).toBeLessThanOrEqual(m.bound);
    expect(CLIENT_WORDS.bound).toBeLessThanOrEqual(2);
  });

  it('moves the score by at most the bound in log-odds, and 50 stays the flag', () => {
    const words = Object.keys(CLIENT_WORDS.terms).filter((t) => !t.includes(' ') && !t.startsWith('not_') && CLIENT_WORDS.terms[t] > 0);
    const text = `Hi Anna,\n\n${words.join(' ')}.\n\nBest,\nTom`;
    const m = measure(text);
    const z = logit(m.features);
    expect(m.words.part).toBeGreaterThan(0);
    expect(m.words.part).toBeLessThanOrEqual(CLIENT_WORDS.bound);
    // An email's score is on the email scale (measure.ts, emailScale): the flag there is the model's 65.
    expect(m.score).toBe(m.threatened ? Math.max(emailScale(toScore(z + m.words.part)), 60) : emailScale(toScore(z + m.words.part)));
    expect(toScore(z + CLIENT_WORDS.bound)).toBeLessThanOrEqual(toScore(z) + 50);
  });

  it('ships small: tens of KB of weights at most, every term explainable', async () => {
    const { termSign } = await import('../../lib/tone/client-words');
    // 1,000 terms since round 24 trained on 30 sets (about 18 KB, 5 KB gzip; 236 terms before).
    expect(JSON.stringify(CLIENT_WORDS).length).toBeLessThan(24_000);
    for (const [t, w] of Object.entries(CLIENT_WORDS.terms)) expect(Math.sign(w)).toBe(termSign(t));
  });
});

describe('the word reason', () => {
  it('names the complaint words that raised the score, each phrase once', () => {
    const r = analyzeTone('Hi Anna,\n\nThe island is still shown where it was, which we asked twice to move. Nobody explained why.\n\nBest,\nTom');
    const line = r.reasons.find((x) => x.startsWith('Words common in complaints:'));
    expect(line).toBeDefined();
    expect(line).toMatch(/“twice”/);
    expect(line!.match(/“/g)!.length).toBeLessThanOrEqual(3);
  });

  it('names calm words that lowered it, without hiding that nothing else was found', () => {
    const r = analyzeTone('Hi Tom,\n\nThank you so much for the quick turnaround, and sorry for my late reply.\n\nCheers\nAnna');
    expect(r.unhappy).toBe(false);
    expect(r.reasons.some((x) => x.startsWith('Words common in ordinary mail:'))).toBe(true);
  });

  it('says nothing about words when the message is not email-shaped', () => {
    const r = analyzeTone('The island is still shown where it was, which we asked twice to move. Nobody explained why.');
    expect(r.reasons.some((x) => x.startsWith('Words common'))).toBe(false);
  });

  it('keeps the other reasons when the words line is absent', () => {
    const base = { signals: [], issues: [], lexicon: { negative: 0, positive: 0, strongest: 0, negativeWords: [] }, text: 'x', unhappy: false, calming: false, subjectCategories: [] };
    expect(buildReasons(base)).toEqual(['No sign of an unhappy client.']);
    const words = { part: -0.4, raised: [], lowered: [{ term: 'x', weight: -1, start: 0, end: 1 }], shape: 'greeting' as const };
    expect(buildReasons({ ...base, words })).toEqual(['No sign of an unhappy client.', 'Words common in ordinary mail: “x”.']);
  });

  it('clientWordEvidence reads terms from the body, not the quoted history', () => {
    const text = 'Hi Anna,\nAll good here.\n\nOn Mon, Anna wrote:\n> still wrong, asked twice';
    const m = measure(text);
    expect(clientWordEvidence(m.text, m.masked).raised.map((t) => t.term)).not.toContain('twic');
  });
});
