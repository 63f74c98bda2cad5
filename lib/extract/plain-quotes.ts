/** Text-level removal of quoted history and signatures, for plain-text mail and for HTML after the text walk. */
import {
  DATE_LINE_RE,
  FROM_LINE_RE,
  GENERIC_ATTRIBUTION_RE,
  ORIGINAL_MESSAGE_RE,
  SIGNATURE_DELIMITER_RE,
  SUBJECT_LINE_RE,
  TO_LINE_RE,
  WROTE_RE,
} from './patterns';

const QUOTED_LINE_RE = /^\s*>/;
/** Outlook's underscore rule and similar dividers right before a header block. */
const DIVIDER_RE = /^\s*(?:_{8,}|-{8,}|={8,})\s*$/;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function isHeaderLabel(line: string): boolean {
  return DATE_LINE_RE.test(line) || TO_LINE_RE.test(line) || SUBJECT_LINE_RE.test(line);
}

/**
 * A quoted header block: a From line plus at least two of Date/Sent, To/Cc, Subject within the
 * next few non-blank lines, in any order (Hotmail puts Date and Subject before From).
 * Returns the index where the block starts, or -1.
 */
export function headerBlockStart(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (!FROM_LINE_RE.test(lines[i]) && !isHeaderLabel(lines[i])) continue;
    let start = i;
    let hasFrom = false;
    let others = 0;
    let seen = 0;
    for (let j = i; j < lines.length && seen < 6; j++) {
      if (isBlank(lines[j])) continue;
      if (FROM_LINE_RE.test(lines[j])) hasFrom = true;
      else if (isHeaderLabel(lines[j])) others++;
      else if (!/^\s*(?:On Behalf Of|Im Auftrag von|De la part de)\b/iu.test(lines[j])) break;
      seen++;
      if (hasFrom && others >= 2) {
        // Include a divider or an "-----Original Message-----" line just above the block.
        let k = start - 1;
        while (k >= 0 && isBlank(lines[k])) k--;
        if (k >= 0 && (DIVIDER_RE.test(lines[k]) || ORIGINAL_MESSAGE_RE.test(lines[k]))) start = k;
        return start;
      }
    }
  }
  return -1;
}

/** The next non-blank line after `i`, or undefined. */
function nextContent(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j])) return lines[j];
  return undefined;
}

/** Attribution lines ("On … wrote:"), including ones a client wrapped over two lines. Returns lines used (0–2). */
function attributionLength(lines: string[], i: number): number {
  // Yahoo writes "--- On Wed, 4/4/12, … wrote:".
  const line = lines[i].replace(/^[\s-]+/, '');
  if (WROTE_RE.test(line)) return 1;
  const quoteFollows = QUOTED_LINE_RE.test(nextContent(lines, i) ?? '');
  if (quoteFollows && GENERIC_ATTRIBUTION_RE.test(line)) return 1;
  const next = lines[i + 1];
  if (isBlank(next) || QUOTED_LINE_RE.test(next)) return 0;
  const joined = `${line} ${next}`;
  if (WROTE_RE.test(joined)) return 2;
  if (QUOTED_LINE_RE.test(nextContent(lines, i + 1) ?? '') && GENERIC_ATTRIBUTION_RE.test(joined)) return 2;
  return 0;
}

/** Collapse runs of blank lines to one and trim the ends, keeping paragraph breaks. */
export function tidyParagraphs(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Remove quoted history and the `-- ` signature from plain text.
 * Quoted (">") lines and attribution lines are dropped wherever they are, so bottom-posted
 * replies keep their text; a quoted header block ("From: … Sent: … To:") or "Original Message"
 * line ends the new text, because everything under it is the older message.
 */
export function stripQuotedText(plain: string): string {
  const lines = plain.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;

  const header = headerBlockStart(lines, 0);
  if (header >= 0) end = header;
  const original = lines.findIndex((l) => ORIGINAL_MESSAGE_RE.test(l));
  if (original >= 0 && original < end) end = original;

  const kept: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    // A body that is only a signature has nothing to analyse, so the delimiter cuts even at the top.
    if (SIGNATURE_DELIMITER_RE.test(line)) break;
    if (QUOTED_LINE_RE.test(line)) continue;
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      // A "wrote:" line with nothing quoted under it is still an attribution when history
      // was cut off (Gmail hides it): drop it either way.
      i += attribution - 1;
      continue;
    }
    kept.push(line);
  }
  return tidyParagraphs(kept.join('\n'));
}
