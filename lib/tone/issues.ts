/**
 * Distinct complaints, one per sentence that carries problem or complaint evidence, phrased as a
 * short statement. Sweeping claims with nothing concrete in them are marked `generality` so the
 * reply can ask for an example.
 */
import { MAX_ISSUES } from './limits';
import type { CueHit } from './cues';
import type { Span } from './text-units';
import type { ToneIssue } from './types';

/** Cue kinds that describe a problem (as opposed to a threat, a demand or a tone). */
const COMPLAINT_KINDS = new Set(['problem', 'service-failure', 'elapsed', 'broken-promise', 'repeat-failure', 'blame', 'frustration', 'disappointment', 'sarcasm']);

const SWEEPING = /\b(?:never|always|nothing|everything|nobody|no\s+one|every\s+time|each\s+time|all\s+the\s+time|constantly|anything|you\s+people|none\s+of)\b/i;
// Something a reader could check: a number, a date word, a product-like capitalised name mid-sentence.
const CONCRETE = /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|invoice|order|ticket|report|release|export|import|login|dashboard|account|payment|shipment|delivery|migration|integration|api|server|portal|checkout|refund|update|sync)\b/i;
const LEAD_IN = /^(?:(?:hi|hello|dear|hey)\b[^,.!?\n]{0,40}[,!]\s*|(?:also|and|but|so|well|unfortunately|honestly|frankly|again|sadly|however|ok|okay|look|listen)[,]?\s+|(?:as\s+previously\s+mentioned|per\s+my\s+last\s+email|with\s+all\s+due\s+respect|to\s+be\s+frank)[,]?\s+)/i;
const STATEMENT_WORDS = 14;

export function shortStatement(sentence: string): string {
  let s = sentence.trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEAD_IN, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/[\s.!?…]+$/, '');
  const words = s.split(/\s+/);
  if (words.length > STATEMENT_WORDS) {
    const head = words.slice(0, STATEMENT_WORDS).join(' ');
    const cut = head.search(/[,;:](?=[^,;:]*$)/);
    s = cut > 20 ? head.slice(0, cut) : `${head}…`;
  }
  // Statements read as fragments ("invoice 4411 charged twice"); keep "I" and acronyms as written.
  const first = s.split(/\s/, 1)[0];
  return first === 'I' || /^I['’]/.test(first) || /^[A-Z0-9]{2,}\b/.test(first) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export function findIssues(text: string, sentenceSpans: Span[], cues: CueHit[]): ToneIssue[] {
  const issues: ToneIssue[] = [];
  for (const span of sentenceSpans) {
    if (issues.length >= MAX_ISSUES) break;
    const inside = cues.filter((c) => c.start >= span.start && c.start < span.end);
    if (!inside.some((c) => COMPLAINT_KINDS.has(c.kind))) continue;
    if (inside.some((c) => c.kind === 'resolved' || c.kind === 'calm') && !inside.some((c) => c.kind !== 'problem' && COMPLAINT_KINDS.has(c.kind))) continue;
    const evidence = text.slice(span.start, span.end);
    const statement = shortStatement(evidence);
    if (statement.length < 4 || issues.some((i) => i.statement === statement)) continue;
    const kind = SWEEPING.test(evidence) && !CONCRETE.test(evidence) ? 'generality' : 'specific';
    issues.push({ statement, evidence, start: span.start, end: span.end, kind });
  }
  return issues;
}
