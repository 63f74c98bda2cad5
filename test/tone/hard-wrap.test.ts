import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { sentences, tokenize } from '../../lib/tone/text-units';

// Plain-text mail is often hard-wrapped at 72 or 76 columns: a line break inside a sentence is not the end of one.
const WRAPPED =
  'Hi Sam,\n\nWe were promised the migration would be finished by Friday, and the dashboard is\nstill timing out every morning. Could you call me?\n\nItems outstanding:\nfiltered tips\nnuclease-free water\n\nRegards,\nDana';
const said = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('hard-wrapped mail', () => {
  it('a long line that runs on in lower case is one sentence', () => {
    expect(said(WRAPPED)).toContain('We were promised the migration would be finished by Friday, and the dashboard is\nstill timing out every morning.');
  });

  it('a list under a colon, a short line and a new sentence still break', () => {
    expect(said(WRAPPED)).toEqual(expect.arrayContaining(['Items outstanding:', 'filtered tips', 'nuclease-free water', 'Regards,', 'Dana']));
    expect(said('Please send the rota for the week of the 14th to the whole team\nThanks')).toHaveLength(2);
  });

  it('a wrap is not a clause break between tokens', () => {
    const tokens = tokenize(WRAPPED);
    expect(tokens.find((t) => t.w === 'still')?.breakBefore).toBe(false);
    expect(tokens.find((t) => t.w === 'filtered')?.breakBefore).toBe(true);
  });

  it('an issue taken from a wrapped sentence reads as one line', () => {
    const statements = analyzeTone(WRAPPED).issues.map((i) => i.statement);
    expect(statements.some((s) => s.includes('still timing out every morning'))).toBe(true);
    expect(statements.every((s) => !s.includes('\n'))).toBe(true);
  });
});
