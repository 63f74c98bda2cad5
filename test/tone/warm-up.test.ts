import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/tone/analyze';
import { measure } from '../../lib/tone/measure';
import { plainText } from '../../lib/tone/plain-text';
import { createWarmUp, WARM_UP_MESSAGE, warmUpTexts } from '../../lib/tone/warm-up';

// The warm-up only readies what it reaches: a path it misses is compiled on the user's first message.
describe('the worker warm-up message', () => {
  const { text, ...options } = WARM_UP_MESSAGE;
  const report = analyze(text, options, null);

  it('is long enough for V8 to compile the cue patterns to machine code on the first run', () => {
    // V8 tiers a pattern up at once on a subject of more than 1,000 characters.
    expect(text.length).toBeGreaterThan(1000);
    expect(report.status).toBe('ok');
  });

  it('is analysed once as a one-byte string and once as a two-byte one (V8 compiles a pattern for each)', () => {
    // What the patterns read: the text with plain typography.
    const twoByte = (t: string) => [...plainText(t)].some((c) => c.charCodeAt(0) > 0xff);
    expect(warmUpTexts().map(twoByte)).toEqual([false, true]);
    // Both reach the same paths.
    const [ascii, typographic] = warmUpTexts().map((t) => analyze(t, options, null));
    expect(typographic.signals.map((s) => s.category)).toEqual(ascii.signals.map((s) => s.category));
  });

  it('reaches signals of many kinds, both kinds of issue, asks, deadlines and the subject', () => {
    expect(new Set(report.signals.map((s) => s.category)).size).toBeGreaterThanOrEqual(5);
    expect(report.issues.map((i) => i.kind)).toEqual(expect.arrayContaining(['specific', 'generality']));
    expect(report.asks.map((a) => a.kind)).toEqual(expect.arrayContaining(['call', 'refund']));
    expect(report.deadlines.length).toBeGreaterThan(0);
    expect(measure(text, options.subject).subjectCues.length).toBeGreaterThan(0);
  });

  it('reaches the calming and formula rules as well as the complaint ones', () => {
    const kinds = new Set(measure(text, options.subject).bodyCues.map((c) => c.kind));
    expect(kinds.has('calm') || kinds.has('formula')).toBe(true);
  });

  it('changes nothing the analyser answers afterwards', () => {
    const message = 'This is the second time the export failed, and nobody has called me back.';
    const before = analyze(message, {}, null);
    const tasks: (() => void)[] = [];
    createWarmUp((run) => tasks.push(run))();
    while (tasks.length) tasks.shift()?.();
    expect(analyze(message, {}, null)).toEqual(before);
  });
});

describe('createWarmUp', () => {
  it('runs the one-byte pass at once and leaves the two-byte one for later, so the first messages never wait for it', () => {
    const tasks: (() => void)[] = [];
    const warmUp = createWarmUp((run) => tasks.push(run));
    warmUp();
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(tasks).toHaveLength(0);
  });

  it('warms up once per worker life, however many tabs ask', () => {
    const tasks: (() => void)[] = [];
    const warmUp = createWarmUp((run) => tasks.push(run));
    warmUp();
    warmUp();
    warmUp();
    expect(tasks).toHaveLength(1);
  });
});
