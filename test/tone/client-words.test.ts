import { describe, expect, it } from 'vitest';
import { clientTerms, lemma, termSign } from '../../scripts/lib/tone-client-words';

// The client-mail word experiment (scripts/train-tone-words.ts, not shipped): its terms must be what
// the README says they are, or its recorded figures cannot be re-run.
describe('client-mail word terms', () => {
  it('one lemma for the forms of a word, short words left alone', () => {
    expect(new Set(['updated', 'updating', 'updates', 'update'].map(lemma)).size).toBe(1);
    expect(lemma('is')).toBe('is');
    expect(lemma("client's")).toBe('client');
  });

  it('bigrams within a clause, negation marked, names and numbers dropped', () => {
    const t = clientTerms('Hi, the return Sarah filed still shows our old address. Nothing was updated after 3 calls.');
    expect(t).toContain('still show');
    expect(t).toContain('our old');
    expect(t).toContain('not_was');
    expect(t).not.toContain('sarah');
    expect(t.some((x) => /\d/.test(x))).toBe(false);
    expect(t).not.toContain('address nothing');
  });

  it('only explainable terms, each with one direction', () => {
    expect(termSign('still')).toBe(1);
    expect(termSign('without the')).toBe(1);
    expect(termSign('not_updat')).toBe(1);
    expect(termSign('sorry')).toBe(-1);
    expect(termSign('thank you')).toBe(-1);
    expect(termSign('laptop')).toBe(0);
    expect(termSign('this')).toBe(0);
    expect(termSign('sorry again')).toBe(0);
  });
});
