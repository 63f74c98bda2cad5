import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/tone/analyze';
import { plainText } from '../../lib/tone/plain-text';

const TYPOGRAPHIC = `Hi Sam,

This is the third time the export has failed – and nobody from your team told us. You promised a fix “by Friday”; it’s still broken… We’ve lost a day of orders—again.

Please call me today and confirm the fix by Wednesday 3pm.

Regards,
Dana`;

/** The same mail typed on a plain keyboard. */
const TYPED_PLAIN = TYPOGRAPHIC.replace(/[’]/g, "'").replace(/[“”]/g, '"').replace('…', '.').replace(/[–—]/g, '-');

const beyondLatin1 = (text: string) => [...text].some((c) => c.charCodeAt(0) > 0xff);

describe('plainText', () => {
  it('makes quotes, dashes, the ellipsis and typographic spaces plain, keeping every offset', () => {
    const plain = plainText(TYPOGRAPHIC);
    expect(plain).toHaveLength(TYPOGRAPHIC.length);
    expect(beyondLatin1(plain)).toBe(false);
    expect(plain).toContain(`it's still broken. We've`);
    expect(plain).toContain('"by Friday"');
    expect(plainText('10\u202f000 orders\u2009today')).toBe('10 000 orders today');
    expect(plainText('Still open:\n\u2022 invoice 4411\n\u25e6 the export')).toBe('Still open:\n- invoice 4411\n- the export');
    // The dashes stay dashes, apart from a typed hyphen ("follow-up").
    expect(plainText('failed – and')).not.toBe('failed - and');
  });

  it('leaves other characters beyond Latin-1 as they are (€, emoji, names)', () => {
    const text = 'We lost €4,000 😡 – Łukasz says it’s the third time';
    const plain = plainText(text);
    expect(plain).toHaveLength(text.length);
    expect(plain).toContain('€4,000 😡');
    expect(plain).toContain('Łukasz says it\'s');
  });

  it('returns Latin-1 text unchanged', () => {
    const text = 'Café opening delayed again, naïve planning.';
    expect(plainText(text)).toBe(text);
  });
});

describe('the analyser reading typographic mail', () => {
  const typographic = analyze(TYPOGRAPHIC, { subject: 'Export failed – third time', sentAt: '2026-03-02T09:00:00Z' }, null);
  const plain = analyze(TYPED_PLAIN, { subject: 'Export failed - third time', sentAt: '2026-03-02T09:00:00Z' }, null);

  it('scores it as the same mail typed plainly', () => {
    expect(typographic.score).toBe(plain.score);
    expect(typographic.level).toBe(plain.level);
    expect(typographic.signals.map((s) => [s.category, s.start, s.end])).toEqual(plain.signals.map((s) => [s.category, s.start, s.end]));
    expect(typographic.issues.map((i) => [i.start, i.end])).toEqual(plain.issues.map((i) => [i.start, i.end]));
  });

  it('quotes the client as written: each phrase is the input at its offsets', () => {
    for (const s of typographic.signals) expect(s.phrase).toBe(TYPOGRAPHIC.slice(s.start, s.end));
    for (const i of typographic.issues) expect(i.evidence).toBe(TYPOGRAPHIC.slice(i.start, i.end));
    for (const a of typographic.asks) expect(a.phrase).toBe(TYPOGRAPHIC.slice(a.start, a.end));
    for (const d of typographic.deadlines) expect(d.phrase).toBe(TYPOGRAPHIC.slice(d.start, d.end));
    expect(typographic.issues.some((i) => /[’–—]/.test(i.evidence))).toBe(true);
  });

  it('never shows the stand-ins it reads dashes as', () => {
    expect(typographic.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(typographic)).not.toMatch(/[\x96\x97]/);
  });
});
