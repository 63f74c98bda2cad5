/** Just enough English normalisation to tell whether a reply mentions an issue: content words, crudely stemmed. */

const STOPWORDS = new Set(
  (
    'a about after again all also always am an and any are as at be been before being but by can could did do does ' +
    'done for from get got had has have he her here him his how i if in into is it its just me more most my never no ' +
    'not now of on once only or our ours out over same she so some still such than that the their them then there ' +
    'these they this those to too up us very was we were what when where which while who why will with would yet you ' +
    'your yours ever every really even much many one two dont didnt cant wont isnt wasnt arent im ive youre since ' +
    // Days say when, not what: "since Monday" in an issue should not be answered by "by Monday" in the reply.
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week'
  ).split(' '),
);

/** Longest first, so "charges" loses "es" rather than just "s"; every word form goes through the same table. */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ures', 'ure', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e', 'y'];

const MIN_STEM = 3;

export function stem(word: string): string {
  if (/^\d+$/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Lower-cased words with accents and apostrophes folded away ("didn’t" → "didnt", "café" → "cafe"). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The stems that carry a statement's meaning; single letters and stopwords say nothing about the issue. */
export function contentStems(text: string): string[] {
  const stems = words(text)
    .filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
  return [...new Set(stems)];
}

/** Stems that name a thing rather than describe it: anything with a digit, or a long word. */
export function isDistinctive(stem: string): boolean {
  return /\d/.test(stem) || stem.length >= 6;
}
