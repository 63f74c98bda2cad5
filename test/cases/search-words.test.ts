import { describe, expect, it } from 'vitest';
import { indexWords, tokenize } from '../../lib/cases/search-words';

describe('search words', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(tokenize('Café RÉSUMÉ, acme-corp.com <img src=x onerror=alert(1)>')).toEqual([
      'cafe', 'resume', 'acme', 'corp', 'com', 'img', 'src', 'x', 'onerror', 'alert', '1',
    ]);
    expect(tokenize('Zürich 東京 ✓ 🙂')).toEqual(['zurich', '東京']);
  });

  it('collects unique words across texts, skipping empties, capped per case', () => {
    expect(indexWords(['Plan B', null, undefined, '', 'plan b again'])).toEqual(['plan', 'b', 'again']);
    const essay = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    expect(indexWords([essay])).toHaveLength(400);
  });
});
