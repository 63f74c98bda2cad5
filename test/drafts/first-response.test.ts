import { describe, expect, it } from 'vitest';
import { coachReply } from '../../lib/drafts/coach';
import { firstResponseDraft } from '../../lib/drafts/first-response';
import type { DraftVariant } from '../../lib/drafts/types';
import type { ToneLevel, ToneReport } from '../../lib/tone/types';
import { expectWellFormed, placeholders } from './expect-draft';
import { issue, report, SETTINGS, UPSET_REPORT } from './fixtures';

const PLAN_BY = new Date('2026-12-03T12:00:00Z');
const VARIANTS: DraftVariant[] = ['short', 'full'];
const NOW = new Date('2026-11-30T09:00:00Z');
const base = { settings: SETTINGS, clientFirstName: 'Jane', planBy: PLAN_BY, now: NOW };

describe('a calm message with nothing wrong in it', () => {
  it('gets an ordinary reply to what they asked, not a rescue letter', () => {
    const r = report('calm', [], { unhappy: false, score: 5, asks: [{ kind: 'call', phrase: 'a 30-minute call', start: 0, end: 1 }] });
    for (const variant of VARIANTS) {
      const body = firstResponseDraft({ ...base, report: r }, variant).body;
      expect(body).toContain('You asked for "a 30-minute call": I\'ll come back to you on that by Thursday 3 December.');
      expect(body).not.toMatch(/went wrong|written plan|sorry/i);
    }
    expect(firstResponseDraft({ ...base, report: report('calm', [], { unhappy: false, score: 5 }) }, 'full').body).toContain("I'll come back to you by Thursday 3 December.");
  });
});

describe('a generality in a sentence the list already restates', () => {
  it('is asked about in its own words, not by quoting the whole sentence again', () => {
    const sentence = 'Around 2,000 customer records were missing on Monday morning and nothing ever works after your updates.';
    const r = report('upset', [
      issue('around 2,000 customer records were missing on Monday morning', sentence, 'specific', 1000),
      issue('nothing ever works after your updates', sentence, 'generality', 1000),
    ]);
    const body = firstResponseDraft({ ...base, report: r }, 'full').body;
    expect(body).toContain('You wrote "nothing ever works after your updates". Could you give me one or two recent examples');
    expect(body).not.toContain(sentence.replace(/\.$/, ''));
  });
});

describe('issues restated in the client\'s own voice', () => {
  it('are quoted, so "we" stays theirs; our own summaries are not', () => {
    const r = report('upset', [
      issue('for the second time in a row we received the wrong pallets', 'For the second time in a row we received the wrong pallets.'),
      issue('third launch date missed', 'This is the third launch date you have missed.'),
    ]);
    const items = firstResponseDraft({ ...base, report: r }, 'full').body.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(items).toEqual(['1. “For the second time in a row we received the wrong pallets”', '2. Third launch date missed']);
    const nested = report('upset', [issue('your team tells us "early next month" with no explanation', 'Your team tells us "early next month" with no explanation.')]);
    expect(firstResponseDraft({ ...base, report: nested }, 'full').body).toContain('1. “Your team tells us ‘early next month’ with no explanation”');
  });
});

describe('firstResponseDraft', () => {
  for (const variant of VARIANTS) {
    describe(`${variant} variant`, () => {
      const draft = firstResponseDraft({ ...base, report: UPSET_REPORT }, variant);

      it('is a well-formed plain-text first response', () => {
        expect(draft).toMatchObject({ kind: 'first-response', variant });
        expectWellFormed(draft);
      });

      it('restates every specific issue as a numbered item', () => {
        const items = draft.body.split('\n').filter((line) => /^\d+\. /.test(line));
        const specifics = UPSET_REPORT.issues.filter((i) => i.kind === 'specific');
        expect(items).toHaveLength(specifics.length);
        for (const s of specifics) expect(items.some((line) => line.toLowerCase().includes(s.statement.toLowerCase()))).toBe(true);
      });

      it('turns each generality into its own question quoting the client', () => {
        for (const g of UPSET_REPORT.issues.filter((i) => i.kind === 'generality')) {
          const line = draft.body.split('\n').find((l) => l.includes(g.evidence.replace(/[.!]$/, '')));
          expect(line, g.evidence).toBeDefined();
          expect(line).toMatch(/\?$/);
        }
      });

      it('names the client, promises the plan date in words, asks to confirm the list, and signs off', () => {
        expect(draft.body.startsWith('Hi Jane,')).toBe(true);
        expect(draft.body).toContain('Thursday 3 December');
        expect(draft.body).toMatch(/complete\?/);
        expect(draft.body.endsWith('Kind regards,\nSam Carter')).toBe(true);
        expect(placeholders(draft.body)).toEqual([]);
      });

      it('passes its own coach: acknowledged, every issue answered, a date given', () => {
        expect(coachReply(draft.body, { report: UPSET_REPORT })).toEqual([]);
      });
    });
  }

  it('short is shorter than full, and only full carries ownership, asks and deadlines', () => {
    const short = firstResponseDraft({ ...base, report: UPSET_REPORT }, 'short').body;
    const full = firstResponseDraft({ ...base, report: UPSET_REPORT }, 'full').body;
    expect(short.length).toBeLessThan(full.length);
    expect(full).toContain('"refund the duplicate charge"');
    expect(full).toContain('"by Friday"');
    expect(short).not.toContain('refund the duplicate charge');
  });

  it('matches empathy to the level: calmer wording for calm, an apology when upset or escalating', () => {
    const bodies = Object.fromEntries(
      (['calm', 'concerned', 'upset', 'escalation'] as ToneLevel[]).map((level) => [
        level,
        firstResponseDraft({ ...base, report: { ...UPSET_REPORT, level } }, 'short').body,
      ]),
    );
    expect(new Set(Object.values(bodies)).size).toBe(4);
    expect(bodies.calm).not.toMatch(/sorry/i);
    expect(bodies.upset).toMatch(/sorry/i);
    expect(bodies.escalation).toMatch(/sorry/i);
    expect(bodies.escalation).toMatch(/priority/i);
  });

  it('without issues, acknowledges and asks what went wrong instead of listing nothing', () => {
    const inputs: (ToneReport | null)[] = [report('concerned', []), null, { ...report('calm', []), status: 'too-short', level: undefined }];
    for (const r of inputs) {
      for (const variant of VARIANTS) {
        const draft = firstResponseDraft({ ...base, report: r }, variant);
        expectWellFormed(draft);
        expect(draft.body).not.toMatch(/^\d+\. /m);
        expect(draft.body).toMatch(/what happened.*\?/);
        expect(draft.body).not.toMatch(/complete\?/);
        expect(draft.body).toContain('Thursday 3 December');
      }
    }
  });

  it('puts no feeling in the mouth of a client whose message was not scored (another language, too short)', () => {
    const unscored: (ToneReport | null)[] = [
      null,
      { ...report('calm', []), status: 'too-short', level: undefined, score: null },
      { ...report('calm', []), status: 'unsupported-language', level: undefined, score: null },
    ];
    for (const r of unscored) {
      const { body } = firstResponseDraft({ ...base, report: r }, 'full');
      expect(body).not.toMatch(/worries|frustrated|sorry|serious/i);
      expect(body).toContain('Thank you for your message.');
    }
  });

  it('with only generalities, asks one question each and does not ask to confirm a list it never showed', () => {
    const vague = report('upset', UPSET_REPORT.issues.filter((i) => i.kind === 'generality'));
    const { body } = firstResponseDraft({ ...base, report: vague }, 'full');
    expect(body.match(/\?$/gm)).toHaveLength(2);
    expect(body).not.toMatch(/^\d+\. /m);
    expect(body).not.toMatch(/list/);
  });

  it('greets without a name and leaves the signature to the mail client when asked', () => {
    const settings = { ...SETTINGS, mailClientAddsSignature: true };
    const draft = firstResponseDraft({ settings, clientFirstName: '', report: UPSET_REPORT, planBy: PLAN_BY, now: NOW }, 'full');
    expect(draft.body.startsWith('Hello,')).toBe(true);
    expect(draft.body).not.toContain('Sam Carter');
    expect(draft.body).not.toContain('Kind regards');
    expectWellFormed(draft);
  });

  it('marks a missing user name as a placeholder instead of inventing one', () => {
    const draft = firstResponseDraft({ ...base, settings: { ...SETTINGS, userName: '' }, report: UPSET_REPORT }, 'short');
    expect(placeholders(draft.body)).toEqual(['[your name]']);
  });

  it('passes hostile client text through as inert text on one line, never as markup it built', () => {
    const hostile = report('upset', [
      issue('<script>alert(1)</script> broke', '<img src=x onerror=alert(1)>\nline two'),
      issue('you {name} never test', 'You {name} never test <b>anything</b>.', 'generality'),
    ]);
    const body = firstResponseDraft({ ...base, report: hostile }, 'full').body;
    expect(body).toContain('1. <script>alert(1)</script> broke');
    expect(body).toContain('You {name} never test <b>anything</b>');
    expect(body).not.toContain('&lt;');
  });

  it('keeps very long evidence to a readable quote', () => {
    const long = report('upset', [issue('everything is slow', `It is always slow ${'and slow '.repeat(100)}`, 'generality')]);
    const line = firstResponseDraft({ ...base, report: long }, 'short').body.split('\n').find((l) => l.startsWith('You wrote'));
    expect(line!.length).toBeLessThan(320);
    expect(line).toContain('…');
  });
});

describe('dates the client set, against the plan date', () => {
  const due = (phrase: string, resolved: string) => ({ phrase, start: 0, end: 1, resolved, due: true });
  const body = (deadlines: ReturnType<typeof due>[]) =>
    firstResponseDraft({ ...base, report: { ...UPSET_REPORT, deadlines } }, 'full').body;

  it('a date after the plan is one the plan answers', () => {
    const text = body([due('by 10 December', '2026-12-10T00:00:00.000Z')]);
    expect(text).toContain('You mentioned "by 10 December". The plan will say plainly what we can do by then.');
  });

  it('a date before the plan is answered before then, not "by then" in a plan that comes later', () => {
    const text = body([due('by tomorrow', '2026-12-01T00:00:00.000Z')]);
    expect(text).toContain(`You mentioned "by tomorrow". That comes before the plan, so I'll tell you before then what we can do for that date.`);
    expect(text).not.toContain('by then.');
  });

  it('a date already gone by is said plainly, and today is not yet gone', () => {
    const text = body([due('by 20 November', '2026-11-20T00:00:00.000Z'), due('by today', '2026-11-30T00:00:00.000Z')]);
    expect(text).toContain('You mentioned "by 20 November". That date has passed, so the plan will say plainly when we can deliver.');
    expect(text).toContain('You mentioned "by today". That comes before the plan');
  });
});
