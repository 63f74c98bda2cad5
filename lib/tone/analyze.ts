/** Turns a measurement into the public report: signals, issues, deadlines, reasons, level. */
import { DISPLAY_CATEGORY, type CueKind } from './cue-rules';
import { findDeadlines, toDate } from './deadlines';
import { FEATURE_NAMES, SIGNAL_CATEGORIES, type FeatureName } from './features';
import { findIssues } from './issues';
import { measure } from './measure';
import { weightOf, type ToneModel } from './model';
import { buildReasons } from './reasons';
import { DEFAULT_THRESHOLD, isFlagged, levelFor } from './score';
import type { Nlp } from '../nlp/types';
import type { AnalyzeOptions, SignalCategory, ToneReport, ToneSignal } from './types';

const CATEGORY_SET: ReadonlySet<string> = new Set(SIGNAL_CATEGORIES);

const FEATURE_SET: ReadonlySet<string> = new Set(FEATURE_NAMES);

function isCategory(kind: string): kind is SignalCategory {
  return CATEGORY_SET.has(kind);
}

/** The category a cue is shown under, or null for evidence that is scored but never shown. */
function shownAs(kind: CueKind): SignalCategory | null {
  return isCategory(kind) ? kind : (DISPLAY_CATEGORY[kind] ?? null);
}

/** A cue's own weight (finer kinds such as service failures have their own) in the model that scored the message. */
function cueWeight(kind: CueKind, model: ToneModel): number {
  return FEATURE_SET.has(kind) ? weightOf(kind as FeatureName, model) : 0;
}

const NOT_OK_REASON = {
  'too-short': 'Too short to judge the tone.',
  'unsupported-language': 'Not in English; tone analysis supports English only.',
} as const;

/**
 * The report, with `nlp` for what needs a language library (deadline dates, one verb form). Score,
 * level, signals and asks do not depend on it. With null (the worker's first answer, before it has
 * loaded the library) only deadlines of the "within 48 hours" kind are resolved, and an issue may
 * keep "chasing…" where the library would say "having to chase…" (so may a reason quoting it).
 */
export function analyze(input: string, options: AnalyzeOptions, nlp: Nlp | null): ToneReport {
  const m = measure(input, options.subject);
  const common = { truncated: m.truncated, analysedLength: m.text.length };
  if (m.status !== 'ok' || m.score === null) {
    const reasons = m.status === 'ok' ? [] : [NOT_OK_REASON[m.status]];
    return { status: m.status, score: null, unhappy: false, signals: [], issues: [], asks: [], deadlines: [], reasons, ...common };
  }
  const { text, written, score } = m;
  const unhappy = isFlagged(score, DEFAULT_THRESHOLD);
  const signals: ToneSignal[] = [];
  const { model } = m;
  for (const c of m.bodyCues) {
    // Only evidence that raises the score is a signal (see ToneSignal.weight).
    const category = shownAs(c.kind);
    if (category === null || cueWeight(c.kind, model) <= 0) continue;
    // Two cue kinds shown under one category can match the same words: show the phrase once.
    if (signals.some((s) => s.category === category && s.start < c.end && c.start < s.end)) continue;
    const weight = Math.round(cueWeight(c.kind, model) * c.factor * 100) / 100;
    signals.push({ category, phrase: written.slice(c.start, c.end), start: c.start, end: c.end, weight, why: c.why });
  }
  // Statements are cut at clause breaks, dashes included, so only the evidence holds the client's typography.
  const issues = findIssues(text, m.sentences, m.bodyCues, m.lexicon.negativeWords, nlp).map((i) => ({ ...i, evidence: written.slice(i.start, i.end) }));
  const reasons = buildReasons({
    signals,
    issues,
    lexicon: m.lexicon,
    text: written,
    unhappy,
    calming: m.bodyCues.some((c) => c.kind === 'calm' || c.kind === 'resolved'),
    subjectCategories: [...new Set(m.subjectCues.map((c) => shownAs(c.kind)).filter((k): k is SignalCategory => k !== null))],
    words: m.words,
    waits: m.waits ? written.slice(m.waits.start, m.waits.end) : undefined,
  });
  return {
    status: 'ok',
    score,
    level: levelFor(score, new Set(signals.map((s) => s.category)), {
      insults: m.bodyCues.filter((c) => (c.kind === 'hostility' || c.kind === 'profanity') && cueWeight(c.kind, model) > 0).length,
    }),
    unhappy,
    signals,
    issues,
    asks: m.asks,
    deadlines: findDeadlines(m.masked, m.sentences, text, toDate(options.sentAt), nlp).map((d) => ({ ...d, phrase: written.slice(d.start, d.end) })),
    reasons,
    ...common,
  };
}
