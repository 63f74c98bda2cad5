/**
 * Search by word prefix over a multi-entry index, so finding "invoice" among 50,000 issues is an
 * index range scan rather than reading every row. Index and query are tokenised the same way.
 */

/** Caps the index entries one case can add, so a pasted essay cannot bloat the index. */
const MAX_WORDS_PER_CASE = 400;

/** Lower-cased, accent-free runs of letters and digits, in order of first appearance. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const seen = new Set<string>();
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) seen.add(m[0]);
  return [...seen];
}

/** The words a case is found by, from every text about it. */
export function indexWords(texts: Iterable<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    // Every word counts, one-letter ones too: "Plan B" and "order 7" must be findable.
    for (const w of tokenize(text)) {
      words.add(w);
      if (words.size >= MAX_WORDS_PER_CASE) return [...words];
    }
  }
  return [...words];
}
