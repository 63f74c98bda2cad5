/**
 * Finds the part of a message the client actually wrote now. Quoted history ("On … wrote:",
 * "> " lines, Outlook's "From: … Sent:" block, forwarded messages) and the signature are blanked
 * with spaces rather than cut, so every offset we report still points into the caller's text.
 */

const FORWARD_START = [/^\s*-{2,}\s*forwarded message\s*-{2,}/i, /^\s*begin forwarded message:?\s*$/i];
const HISTORY_START = [/^\s*-{2,}\s*original message\s*-{2,}/i, ...FORWARD_START, /^\s*_{10,}\s*$/];
/**
 * "See below from our MD. I'm passing it on as is, because frankly I agree with him": the forwarder
 * makes the forwarded words their own, so those are read too, up to any older history inside it (its
 * header lines stay blank). Agreeing with someone about anything else is no endorsement of a forward.
 */
const ENDORSES_FORWARD =
  /\b(?:passing\s+(?:it|this)\s+on|forwarding\s+(?:it|this)|see\s+below)\b[^.!?\n]{0,80}?\b(?:i|we)\s+(?:fully\s+|completely\s+|entirely\s+|totally\s+)?agree\s+with\s+(?:him|her|them|every\s+word)\b|\bagree\s+with\s+every\s+word\s+(?:below|of\s+(?:it|this|the\s+below))\b/i;
const ON_WROTE = /^\s*on\b.{0,300}$/i;
const WROTE_END = /\bwrote:\s*$/i;
const HEADER_FROM = /^\s*\*?from:\*?\s/i;
const HEADER_NEXT = /^\s*\*?(sent|date|to|subject):\*?\s/i;
const isHeaderLine = (t: string) => HEADER_FROM.test(t) || HEADER_NEXT.test(t);
const QUOTED = /^\s*>/;
const SIG_DASHES = /^--\s?$/;
const MOBILE_FOOTER = /^\s*sent from my \w+/i;
const SIGN_OFF =
  /^\s*(best|kind|warm|warmest|many)?\s*(regards|wishes|thanks|thank you|cheers|sincerely|best|br|rgds|all the best|yours|yours sincerely|yours truly|talk soon|speak soon)\s*[,.!]?\s*$/i;

/**
 * A legal footer: "CONFIDENTIALITY NOTICE: This email and any attachments are confidential…", "If you
 * have received this email in error, please notify the sender immediately". Its alarming words ("must
 * not", "immediately", "fraud", "liability") are boilerplate, never the client's.
 */
const DISCLAIMER = new RegExp(
  // A head ("IMPORTANT:", "Confidentiality notice –") counts only with the footer's own words after it:
  // "Important: the invoice is still wrong" is the client's.
  String.raw`^\s*(?:\*{0,2}(?:confidentiality(?:\s+(?:notice|note|statement))?|disclaimer|legal\s+notice|important(?:\s+notice)?|privileged\s*(?:&|and)\s*confidential|notice)\*{0,2}\s*[:\x96\x97-]\s*)?` +
    String.raw`(?:this\s+(?:e-?mail|message|communication|transmission)(?:\s*,?\s*(?:and|including)\s+any\s+(?:attachments?|files?)(?:\s+(?:to\s+it|transmitted\s+with\s+it))?\s*,?)?\s+(?:is|are|may\s+be|contains?)\s+(?:strictly\s+)?(?:confidential|privileged|intended\s+(?:solely|only))` +
    String.raw`|if\s+you\s+(?:are\s+not\s+the\s+intended\s+recipient|have\s+received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error))` +
    String.raw`|^\s*\*{0,2}(?:confidentiality\s+notice|disclaimer|legal\s+notice)\*{0,2}\s*:?\s*$`,
  'i',
);

/** How many trailing lines may follow a sign-off (name, title, phone) before we stop treating it as one. */
const SIGNATURE_TAIL_LINES = 8;

/**
 * The sign-off and the name on one line: "Thanks, Sam", "Cheers Ruth", "Best, Sam Lee", "Many thanks, J. Okafor".
 * The formula is matched in any case; the name must be one to three capitalised words with nothing after
 * them, so "Thanks, but this is still broken." and "thanks, got it" are sentences. A bare "Best" needs its
 * comma or dash ("Best Value" ending a review is not a name).
 */
const ONE_LINE_SIGN_OFF_HEAD =
  /^\s*(?:(?:(?:many|thanks\s+and)\s+)?thanks(?:\s+(?:again|so\s+much))?|thank\s+you(?:\s+(?:again|so\s+much))?|thx|cheers|(?:kind|best|warm|warmest)\s+(?:regards|wishes)|regards|rgds|all\s+the\s+best|(?:yours\s+)?(?:sincerely|faithfully|truly)|speak\s+soon|talk\s+soon)(?:[ \t]*[,\x96\x97-][ \t]*|[ \t]+)|^\s*(?:best|yours)[ \t]*[,\x96\x97-][ \t]*/i;
const SIGN_OFF_NAME = /^\p{Lu}(?:[\p{L}'’-]{1,30}|\.)(?:[ \t]+\p{Lu}(?:[\p{L}'’-]{1,30}|\.)){0,2}[ \t]*$/u;
/**
 * What may follow a one-line sign-off: a title, a firm, a phone number — short, no question or
 * exclamation, no P.S., no lower-case word ending a sentence ("The invoice is still wrong.").
 */
const SIGNATURE_DETAIL = /^(?![ \t]*p\.?[ \t]?s\b)[^?!]{0,120}$/i;
const SENTENCE_END = /\p{Ll}{2}[.;:](?:\s|$)/u;
const MAX_DETAIL_WORDS = 8;

function oneLineSignOff(t: string): boolean {
  const head = ONE_LINE_SIGN_OFF_HEAD.exec(t);
  return head !== null && SIGN_OFF_NAME.test(t.slice(head[0].length));
}

/** Only signature details (or nothing) follow line i up to the limit. */
function onlyDetailsAfter(lines: Line[], i: number, limit: number): boolean {
  for (let j = i + 1; j < limit; j++) {
    const t = lines[j].text;
    if (t.trim() === '') continue;
    if (!SIGNATURE_DETAIL.test(t) || SENTENCE_END.test(t) || t.trim().split(/\s+/).length > MAX_DETAIL_WORDS) return false;
  }
  return true;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

function historyStartLine(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (HISTORY_START.some((re) => re.test(t))) return i;
    if (ON_WROTE.test(t) && (WROTE_END.test(t) || (i + 1 < lines.length && WROTE_END.test(lines[i + 1].text)))) return i;
    if (HEADER_FROM.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) if (HEADER_NEXT.test(lines[j].text)) return i;
    }
  }
  return lines.length;
}

function signatureStartLine(lines: Line[], limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (SIG_DASHES.test(lines[i].text) || MOBILE_FOOTER.test(lines[i].text)) return i;
  }
  // A sign-off counts only near the end and only after some real content.
  let contentSeen = false;
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    if (contentSeen && SIGN_OFF.test(t) && limit - i <= SIGNATURE_TAIL_LINES) return i;
    if (contentSeen && limit - i <= SIGNATURE_TAIL_LINES && oneLineSignOff(t) && onlyDetailsAfter(lines, i, limit)) return i;
    if (t.trim() !== '' && !SIGN_OFF.test(t)) contentSeen = true;
  }
  return limit;
}

/** The first legal-footer line after some real content, or `limit`. */
function disclaimerStartLine(lines: Line[], limit: number): number {
  let contentSeen = false;
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    if (contentSeen && DISCLAIMER.test(t)) return i;
    if (t.trim() !== '') contentSeen = true;
  }
  return limit;
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Same length as `text`, with quoted history, quoted lines and signature replaced by spaces. */
export function maskNonBody(text: string): string {
  const lines = splitLines(text);
  const history = historyStartLine(lines);
  // The sign-off is looked for above a legal footer, which may be longer than a signature's tail.
  const signature = signatureStartLine(lines, disclaimerStartLine(lines, history));
  const endorsed = history < lines.length && FORWARD_START.some((re) => re.test(lines[history].text)) && ENDORSES_FORWARD.test(lines.slice(0, signature).map((l) => l.text).join('\n'));
  // The forward's own text starts after its header block and runs to the next history start inside it (an older thread, or another forward).
  let bodyStart = history + 1;
  while (endorsed && bodyStart < lines.length && (lines[bodyStart].text.trim() === '' || isHeaderLine(lines[bodyStart].text))) bodyStart++;
  const forwardEnd = endorsed ? bodyStart + historyStartLine(lines.slice(bodyStart)) : history;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    const inForward = i > history && i < forwardEnd;
    const masked = inForward ? isHeaderLine(t) || QUOTED.test(t) : i >= signature || QUOTED.test(t);
    out.push(masked ? blank(t) : t);
  }
  return out.join('\n');
}
