/** Words and sentences with offsets into the original text. All patterns are linear-time. */

export interface Token {
  /** Lower-cased word. */
  w: string;
  start: number;
  end: number;
  /** True when a clause break (punctuation or newline) sits between this token and the previous one. */
  breakBefore: boolean;
}

export interface Span {
  start: number;
  end: number;
}

// Letters/digits with inner apostrophes ("don't", "client’s"). The apostrophe group starts with a
// fixed character, so there is only one way to match and no backtracking blow-up.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\x97\x96]/;

/** A hard-wrapped line is at least this long; a shorter line before a lower-case one is a list or an address. */
const WRAPPED_LINE = 40;

/**
 * The line break at `i` only wraps a sentence, as plain-text mail hard-wrapped at 72 or 76 columns does:
 * a long line that does not end a sentence or open a list (":") and a next line that starts in lower case.
 */
function softWrap(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(next >= 97 && next <= 122)) return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i).trimEnd();
  return line.length >= WRAPPED_LINE && !/[.!?:…]$/.test(line);
}

/** The gap between two words at `from` is a single hard wrap and nothing else (checked only for a gap that breaks). */
function wrapsOnly(text: string, from: number, gap: string): boolean {
  const nl = gap.indexOf('\n');
  return nl >= 0 && nl === gap.lastIndexOf('\n') && gap.trim() === '' && softWrap(text, from + nl);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = text.slice(prevEnd, start);
    tokens.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start, end, breakBefore: tokens.length === 0 || (CLAUSE_BREAK.test(gap) && !wrapsOnly(text, prevEnd, gap)) });
    prevEnd = end;
  }
  return tokens;
}

/** Sentence spans: split after . ! ? … followed by space, and at line breaks (emails are line-based) other than a hard wrap's. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && !softWrap(text, i)) {
      push(i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?' || c === '…') && (i + 1 >= text.length || /\s/.test(text[i + 1]))) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The lookbehind lets an address start only where a run of address characters starts, so a long run
// without "@" is scanned once, not once per position.
const NAME_OR_LINK = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w+/g;

/** Addresses, links and @handles: their words name someone ("@HDFCBank_Cares", "jane.good@…"), they say nothing. */
export function namesAndLinks(text: string): Span[] {
  return [...text.matchAll(NAME_OR_LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
