/**
 * The analyser reads mail with its typography made plain: curly quotes become straight ones, the
 * ellipsis a full stop, typographic spaces a space, a list bullet the hyphen a plain-text list uses, and the en and em dash their Windows-1252 code
 * points (one-byte characters nobody types, so the dashes stay distinct from a hyphen and still break
 * clauses). Every character keeps its place, so offsets into the plain text are offsets into the mail.
 *
 * Why: V8 compiles each regular expression separately for one-byte (Latin-1) and two-byte strings, and
 * compiling our cue patterns is most of a fresh worker's first answer. Mail read from a page is
 * two-byte as soon as it holds one ’ or –; made plain, almost all of it is one-byte, so the worker
 * warms up once for it instead of twice (warm-up.ts).
 */

export const EN_DASH = '\x96';
export const EM_DASH = '\x97';

const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2012': EN_DASH,
  '\u2013': EN_DASH,
  '\u2014': EM_DASH,
  '\u2015': EM_DASH,
  '\u2026': '.',
  '\u2022': '-',
  '\u2043': '-',
  '\u25aa': '-',
  '\u25e6': '-',
};
const TYPOGRAPHY = /[\u2018-\u201f\u2032\u2033\u2012-\u2015\u2026\u2022\u2043\u25aa\u25e6\u2000-\u200a\u202f\u205f\u3000]/g;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** Characters per String.fromCharCode call: well below any engine's argument limit. */
const CHUNK = 8_192;

/**
 * A fresh copy of text whose characters are all Latin-1. String.fromCharCode builds a one-byte string
 * from such codes; replace() and slice() keep a two-byte source two-byte, whatever they leave in it.
 */
function oneByteCopy(text: string): string {
  let out = '';
  const codes = new Uint8Array(Math.min(CHUNK, text.length));
  for (let at = 0; at < text.length; at += CHUNK) {
    const n = Math.min(CHUNK, text.length - at);
    for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(at + i);
    out += String.fromCharCode(...codes.subarray(0, n));
  }
  return out;
}

/** `text` with plain typography, the same length; one-byte unless it holds other characters beyond Latin-1 (€, emoji, Ł). */
export function plainText(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  const plain = text.replace(TYPOGRAPHY, (c) => PLAIN[c] ?? ' ');
  return BEYOND_LATIN1.test(plain) ? plain : oneByteCopy(plain);
}

