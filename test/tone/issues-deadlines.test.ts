import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';

describe('issues', () => {
  it('lists distinct specific complaints with offsets', () => {
    const text = 'Invoice 4411 was charged twice. The weekly report has been missing since 2 March. Otherwise the team is lovely.';
    const r = analyzeTone(text);
    expect(r.issues.map((i) => i.statement)).toEqual(['invoice 4411 was charged twice', 'the weekly report has been missing since 2 March']);
    for (const i of r.issues) {
      expect(i.kind).toBe('specific');
      expect(text.slice(i.start, i.end)).toBe(i.evidence);
    }
  });

  it('marks sweeping claims as generalities', () => {
    const r = analyzeTone('You never listen to us. Nothing your team delivers works.');
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.kind === 'generality')).toBe(true);
  });

  it('does not turn a fixed problem into an issue', () => {
    expect(analyzeTone('Good news: the login bug is fixed now, thanks for your help.').issues).toEqual([]);
  });
});

describe('asks', () => {
  it('finds what the client wants', () => {
    const r = analyzeTone('Please refund the duplicate payment and call me tomorrow. When will the fix be live?');
    expect(r.asks.map((a) => a.kind)).toEqual(expect.arrayContaining(['refund', 'call', 'date']));
  });
});

describe('figures that came out wrong', () => {
  it('are an issue, stated without when the report came so that "doubled" is not cut off', () => {
    const text =
      'The weekly sales report that came through this morning has the totals for the Leeds and Bristol stores doubled. ' +
      "I'm disappointed, to be honest. Can you please find out what happened?";
    expect(analyzeTone(text).issues.map((i) => i.statement)).toEqual(['the weekly sales report has the totals for the Leeds and Bristol stores doubled']);
    expect(analyzeTone('Great news: our online sales doubled this quarter. Thank you!').issues).toEqual([]);
  });
});

describe('asks are what the client asks for, not what the story mentions', () => {
  const asks = (text: string) => analyzeTone(text).asks.map((a) => `${a.kind}:${a.phrase}`);

  it('a threat to terminate is not a request to answer; a request to cancel is', () => {
    expect(asks("If we don't have a plan by Friday, we will terminate the contract.")).not.toContainEqual(expect.stringMatching(/^cancel:/));
    expect(asks('Please cancel our subscription at the end of the month.')).toContain('cancel:cancel our subscription');
  });

  it('an explanation that never came, a status update that was sent, are the story', () => {
    expect(asks('Your team tells us early next month with no explanation.')).toEqual([]);
    expect(asks('The last status update said the migration was on track.')).toEqual([]);
    expect(asks('I want an explanation of what went wrong.')).toContain('other:an explanation');
  });

  it('a question about when reads whole', () => {
    expect(asks('Please let me know when the corrected invoice will be sent, thanks.')).toContain('date:let me know when the corrected invoice will be sent');
  });
});

describe('deadlines', () => {
  const sentAt = '2024-03-06T10:00:00Z'; // a Wednesday

  it('resolves relative dates against sentAt', () => {
    const r = analyzeTone('We need the corrected invoice by Friday, and the full report by March 12.', { sentAt });
    const byPhrase = Object.fromEntries(r.deadlines.map((d) => [d.phrase, d.resolved]));
    expect(byPhrase['by Friday']?.slice(0, 10)).toBe('2024-03-08');
    expect(byPhrase['by March 12']?.slice(0, 10)).toBe('2024-03-12');
  });

  it('resolves spans from the moment of sending', () => {
    const r = analyzeTone('Please get back to us within 48 hours about the outage.', { sentAt });
    expect(r.deadlines[0].resolved).toBe('2024-03-08T10:00:00.000Z');
  });

  it('depends on sentAt, not on today', () => {
    const later = analyzeTone('Please send it tomorrow, thanks a million for sorting it.', { sentAt: '2025-01-01T09:00:00Z' });
    expect(later.deadlines[0].resolved?.slice(0, 10)).toBe('2025-01-02');
  });

  it('offsets point at the phrase', () => {
    const text = 'Still waiting on the report promised for last Tuesday, please send it by end of the week.';
    const r = analyzeTone(text, { sentAt });
    expect(r.deadlines.length).toBe(2);
    for (const d of r.deadlines) expect(text.slice(d.start, d.end)).toBe(d.phrase);
  });
});
