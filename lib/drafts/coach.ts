/**
 * Checks the user's own reply while they type: excuses, defensive or blaming phrases, overpromises, and what is
 * missing (acknowledgement, the client's issues, a date). Regexes and a word set only, so it is cheap enough to
 * run on every debounced keystroke.
 */
import type { ToneReport } from '../tone/types';
import { ACKNOWLEDGEMENT, DATE_COMMITMENT, PHRASE_RULES } from './coach-rules';
import { t } from './texts';
import type { CoachFinding, CoachFindingKind } from './types';
import { contentStems, isDistinctive, words } from './words';

export interface CoachContext {
  report?: ToneReport | null;
  /** The client's issues; defaults to the report's. Pass the case's issues when the reply belongs to a case. */
  issues?: { statement: string }[];
}

/** A reply longer than this is not a reply to check; offsets past it are never reported. */
export const MAX_COACH_CHARS = 20_000;

/** Below this many words the user has barely started, and "missing" findings would only nag. */
const MIN_WORDS_FOR_GAPS = 8;

/** The quoted thread under a reply is the client's text, not the user's: stop at its usual header lines. */
const QUOTED_HISTORY = /^(?:On\s.{1,200}\swrote:|-{2,}\s*Original Message|From:\s)/im;

/** What a draft leaves for the user to fill in: "[your name]", "[date]", "[action for this issue]". */
const PLACEHOLDER = /\[[a-z][^\]\n]{1,60}\]/gi;

function placeholderFindings(text: string): CoachFinding[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ kind: 'placeholder' as const, phrase: m[0], start: m.index, end: m.index + m[0].length, ...advice('placeholder') }));
}

/** "I can't guarantee", "no guarantee": a negated overpromise is the honest thing to say. */
const NEGATED_BEFORE = /(?:\bnot|\bcannot|\bno|n['’]t)\b[^.!?\n]{0,25}$/i;
const LOOK_BEHIND = 40;

function ownText(draft: string): string {
  const capped = draft.slice(0, MAX_COACH_CHARS);
  const quoted = QUOTED_HISTORY.exec(capped);
  return quoted ? capped.slice(0, quoted.index) : capped;
}

function advice(kind: CoachFindingKind): Pick<CoachFinding, 'why' | 'suggestion'> {
  return { why: t(`coach.${kind}.why`), suggestion: t(`coach.${kind}.suggestion`) };
}

function phraseFindings(text: string): CoachFinding[] {
  const findings: CoachFinding[] = [];
  for (const rule of PHRASE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
      if (rule.kind === 'overpromise' && NEGATED_BEFORE.test(before)) continue;
      findings.push({ kind: rule.kind, phrase: match[0], start, end: start + match[0].length, ...advice(rule.kind) });
    }
  }
  return findings;
}

/**
 * An issue counts as answered when the reply carries at least half the weight of its content words (stemmed).
 * Numbers and long words weigh double: "invoice 4411" or "checkout" name the issue, "page" and "down" barely do.
 */
function unansweredIssues(text: string, issues: { statement: string }[]): CoachFinding[] {
  const replyStems = new Set(contentStems(text));
  const weight = (s: string): number => (isDistinctive(s) ? 2 : 1);
  return issues.flatMap((issue) => {
    const stems = contentStems(issue.statement);
    if (stems.length === 0) return [];
    const total = stems.reduce((sum, s) => sum + weight(s), 0);
    const matched = stems.filter((s) => replyStems.has(s)).reduce((sum, s) => sum + weight(s), 0);
    return matched * 2 >= total
      ? []
      : [{ kind: 'unanswered-issue' as const, phrase: issue.statement, ...advice('unanswered-issue') }];
  });
}

function gapFindings(text: string, context: CoachContext): CoachFinding[] {
  if (words(text).length < MIN_WORDS_FOR_GAPS) return [];
  const issues = context.issues ?? context.report?.issues ?? [];
  return [
    ...(ACKNOWLEDGEMENT.test(text) ? [] : [{ kind: 'no-acknowledgement' as const, ...advice('no-acknowledgement') }]),
    ...unansweredIssues(text, issues),
    ...(DATE_COMMITMENT.test(text) ? [] : [{ kind: 'no-date' as const, ...advice('no-date') }]),
  ];
}

/** Findings with a phrase in the draft come first, in reading order; whole-reply gaps follow. */
export function coachReply(draftText: string, context: CoachContext = {}): CoachFinding[] {
  const text = ownText(draftText);
  const located = [...phraseFindings(text), ...placeholderFindings(text)].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return [...located, ...gapFindings(text, context)];
}
