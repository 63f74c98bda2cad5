/**
 * "FW: Our holiday – very disappointed" above a forwarded message headed "Subject: Our holiday – very
 * disappointed": the subject is the forwarded author's words, not the sender's. A forwarder who wrote
 * their own ("FW: Brightpath invoices - escalation" above "Subject: Brightpath invoices") keeps it.
 * The forward prefixes and header labels are the quote extractor's, in every language it knows.
 */
import { FORWARD_SUBJECT_RE, SUBJECT_LINE_RE } from '../extract/patterns';

/** A reply's subject prefix ("RE:", "AW:", "SV:", "Antw:"), which may stand before or after a forward's. */
const REPLY_PREFIX = /^\s*(?:re|aw|sv|antw)\s*:/iu;

/** The subject without its reply and forward prefixes, and whether one of them was a forward's. */
function unprefixed(subject: string): { rest: string; forwarded: boolean } {
  let rest = subject;
  let forwarded = false;
  for (;;) {
    const forward = FORWARD_SUBJECT_RE.exec(rest);
    const prefix = forward ?? REPLY_PREFIX.exec(rest);
    if (prefix === null) return { rest, forwarded };
    forwarded ||= forward !== null;
    rest = rest.slice(prefix[0].length);
  }
}

/** Compared loosely: case, spacing and a dash the mail client may have retyped (plain-text.ts makes dashes \x96 and \x97). */
const comparable = (s: string) => unprefixed(s).rest.replace(/[\x96\x97]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** `subject` (plain text) is a forward's, unchanged from the "Subject:" header of a message forwarded in `text`. */
export function forwardedUnchanged(subject: string, text: string): boolean {
  if (!unprefixed(subject).forwarded) return false;
  const own = comparable(subject);
  if (own === '') return false;
  return text.split('\n').some((line) => {
    const header = line.replace(/^[\s>]*/, '');
    return SUBJECT_LINE_RE.test(header) && comparable(header.slice(header.indexOf(':') + 1)) === own;
  });
}
