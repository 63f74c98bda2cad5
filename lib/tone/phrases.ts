/**
 * Word-sequence lookup over the tokens of text-units.ts: fixed phrases in a Set, matched word by word.
 * Nothing for V8 to compile before the worker's first answer (unlike a regular expression) and linear
 * in the tokens; for markers that need no gaps or variants.
 */
import type { Token } from './text-units';

/** A predicate: does a run of tokens (one sentence) contain one of the phrases (lower case, single spaces)? */
export function phraseMatcher(phrases: ReadonlySet<string>): (tokens: readonly Token[]) => boolean {
  const longest = Math.max(0, ...[...phrases].map((p) => p.split(' ').length));
  return (tokens) => {
    for (let i = 0; i < tokens.length; i++) {
      let phrase = tokens[i].w;
      for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
        if (n > 1) phrase += ` ${tokens[i + n - 1].w}`;
        if (phrases.has(phrase)) return true;
      }
    }
    return false;
  };
}
