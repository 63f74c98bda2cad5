import { describe, expect, it } from 'vitest';
import { bounded, distinctTerms, termsOf } from '../../scripts/lib/tone-terms';
import { chooseVocabulary, isAffectTerm, type Example } from '../../scripts/lib/tone-fit';

const words = (text: string) => termsOf(text).map((t) => t.term);

describe('word terms', () => {
  it('drops links, @handles, #tags, numbers and the [NAME] placeholder', () => {
    expect(words('@ICICIBank_Care refund 4500 via https://t.co/x #fail [NAME]')).toEqual(['refund', 'via']);
  });

  it('marks words in a short negation scope and forms bigrams only within a clause', () => {
    expect(words("I'm not happy, really")).toEqual(["i'm", 'not', "i'm not", 'not_happy', 'not happy', 'really']);
    expect(words('still waiting. again')).toEqual(['still', 'waiting', 'still waiting', 'again']);
  });

  it('keeps offsets into the text, and counts each term once per message', () => {
    const text = 'bad, bad service';
    const terms = distinctTerms(termsOf(text));
    expect(terms.map((t) => t.term)).toEqual(['bad', 'service', 'bad service']);
    expect(text.slice(terms[2].start, terms[2].end)).toBe('bad service');
  });

  it('bounds the words\u2019 sum', () => {
    expect(bounded(100, 1.5)).toBeCloseTo(1.5);
    expect(bounded(-100, 1.5)).toBeCloseTo(-1.5);
    expect(bounded(0.1, 1.5)).toBeCloseTo(0.1, 2);
  });
});

describe('vocabulary for the word component', () => {
  it('keeps terms of feeling and failure, not topics, names or politeness', () => {
    expect(isAffectTerm('worst')).toBe(true);
    expect(isAffectTerm('not received')).toBe(true);
    expect(isAffectTerm('still')).toBe(true);
    expect(isAffectTerm('invoice')).toBe(false);
    expect(isAffectTerm('the product')).toBe(false);
    expect(isAffectTerm('kindly')).toBe(false);
    expect(isAffectTerm('amazon')).toBe(false);
  });

  it('needs a term in two sets with one direction of effect', () => {
    const row = (set: string, y: 0 | 1, terms: string[], i: number): Example => ({ id: `${set}${i}`, set, y, x: [], terms });
    const rows = [0, 1, 2].flatMap((i) => [
      row('a', 1, ['worst', 'awful', 'bad'], i),
      row('a', 0, ['great'], i),
      row('b', 1, ['worst', 'great'], i),
      row('b', 0, ['awful', 'bad'], i),
      row('c', 1, ['bad'], i),
      row('c', 0, ['fine'], i),
    ]);
    // worst: a and b, unhappy in both; awful: unhappy in a, ok in b; great: ok in a, unhappy in b;
    // bad: three sets but ok in b; fine: one set only.
    expect(chooseVocabulary(rows, { minDf: 3, minSets: 2, sameSign: true })).toEqual(['worst']);
    expect(chooseVocabulary(rows, { minDf: 3, minSets: 2, sameSign: false })).toEqual(['awful', 'bad', 'great', 'worst']);
  });
});
