import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { measure } from '../../lib/tone/measure';

// The client-mail words are mostly everyday words with positive weights; a longer calm email collects
// many of them. They may raise a score only when the message has a complaint cue.
const FLOOD = `Unfortunately our warehouse flooded over the weekend, so we have to push the launch back. Our insurer has asked who was on site and how long the pumps were off, and nobody here has a clear answer yet. I'll explain more once we know the damage; for now it's been a long day and a difficult week. We've already paid your last invoice, and I expect we'll need you for a few extra hours next month to cover the stock count.`;

const BUDGET = `Hi Dan,

Quick update from our side before the weekend. The board met on Tuesday and agreed the budget for the next phase, so we're ready to go ahead. Who on your team will lead the work? It would help to know how many hours a week they can give us, and how the fee is split between the design and the build.

We've already paid the deposit, and our finance team asked me to check that the contract covers the second site as well. Every manager here is keen to get started, and I've booked the training room for the day after the kick-off. If you need more time to plan, that's fine, just let me know now so I can tell the others.

Thanks,
Sam`;

describe('client-mail words on longer ordinary email', () => {
  it('do not flag the client\u2019s own bad news for its everyday words once it has a greeting and sign-off', () => {
    const email = `Hi Priya,\n\n${FLOOD}\n\nBest,\nTom`;
    const report = analyzeTone(email);
    expect(report.unhappy).toBe(false);
    expect(report.score).toBe(analyzeTone(FLOOD).score);
    expect(report.reasons.join(' ')).not.toMatch(/Words common in complaints/);
  });

  it('do not raise a long calm update (many of the words: who, how, hours, fee, paid, every, day, time)', () => {
    const m = measure(BUDGET);
    expect(m.words.shape).not.toBeNull();
    expect(m.words.part).toBeLessThanOrEqual(0);
    expect(analyzeTone(BUDGET).level).toBe('calm');
  });

  it('count the telling words beside the cue, not only in its sentence (the demo\u2019s concerned client)', () => {
    const email = `Hi Sam,\n\nQuick check on the driver app release. The last status update said the route screen was still in testing, and I haven't seen a new build this week. I'm a little worried about the date: our drivers start training on December 14, so a delay would be a problem for us.\n\nCould you send me a short update when you have a moment?\n\nThanks,\nKenji`;
    expect(measure(email).words.part).toBeGreaterThan(0);
    expect(analyzeTone(email).level).toBe('concerned');
  });

  it('still raise a complaint that has a cue', () => {
    const email = `Hi Sam,\n\nThe invoice still shows our old address and nobody told us the delivery moved. This is the second time it has happened.\n\nThanks,\nDana`;
    const m = measure(email);
    expect(m.words.part).toBeGreaterThan(0);
    expect(m.words.raised.length).toBeGreaterThan(0);
    expect(analyzeTone(email).reasons.join(' ')).toMatch(/Words common in complaints/);
  });
});

describe('the words line', () => {
  it('never quotes words that mean nothing alone, though they still count', () => {
    const email = `Hi Sam,\n\nWho approved this? It still shows the wrong address, how did nobody notice, again.\n\nThanks,\nDana`;
    const line = analyzeTone(email).reasons.find((r) => r.startsWith('Words common in complaints'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/“(who|how|not|time|day)”/i);
  });
});
