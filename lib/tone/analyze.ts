/** The analysis pipeline: mask → tokens → cues + lexicon → model score → explanation. */
import { findAsks } from './asks';
import { maskNonBody } from './body';
import { findCues, type CueHit } from './cues';
import { findDeadlines, toDate } from './deadlines';
import { featureVector, SIGNAL_CATEGORIES } from './features';
import { findIssues } from './issues';
import { isEnglish } from './language';
import { lexiconEvidence } from './lexicon';
import { MAX_ANALYSED_CHARS, MIN_WORDS } from './limits';
import { logit, toScore, weightOf } from './model';
import { buildReasons } from './reasons';
import { DEFAULT_THRESHOLD, isFlagged, levelFor } from './score';
import { findShouting } from './shouting';
import { sentences, tokenize } from './text-units';
import type { AnalyzeOptions, SignalCategory, ToneReport, ToneSignal } from './types';

/** The subject is short and often formulaic ("Re: Urgent"): it counts, at half strength. */
const SUBJECT_FACTOR = 0.5;
const CATEGORY_SET: ReadonlySet<string> = new Set(SIGNAL_CATEGORIES);

function isCategory(kind: string): kind is SignalCategory {
  return CATEGORY_SET.has(kind);
}

/** Cut at the cap without splitting a surrogate pair (an emoji cut in half is not valid text). */
function head(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const code = text.charCodeAt(MAX_ANALYSED_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_ANALYSED_CHARS - 1 : MAX_ANALYSED_CHARS);
}

function emptyReport(status: ToneReport['status'], analysedLength: number, truncated: boolean): ToneReport {
  const reason = status === 'too-short' ? 'Too short to judge the tone.' : 'Not in English; tone analysis supports English only.';
  return { status, score: null, unhappy: false, signals: [], issues: [], asks: [], deadlines: [], reasons: [reason], truncated, analysedLength };
}

function subjectCues(subject: string | undefined): CueHit[] {
  if (!subject) return [];
  const s = head(subject);
  return [...findCues(s, tokenize(s)), ...findShouting(s)].map((c) => ({ ...c, factor: c.factor * SUBJECT_FACTOR }));
}

export interface Scored {
  features: number[];
  report: ToneReport;
}

/** Full analysis, also returning the feature vector (the training script needs it). */
export function analyzeDetailed(input: string, options: AnalyzeOptions = {}): Scored {
  const raw = typeof input === 'string' ? input : String(input ?? '');
  const text = head(raw);
  const truncated = text.length < raw.length;
  const masked = maskNonBody(text);
  const tokens = tokenize(masked);
  if (tokens.length < MIN_WORDS) return { features: [], report: emptyReport('too-short', text.length, truncated) };
  if (!isEnglish(masked, tokens)) return { features: [], report: emptyReport('unsupported-language', text.length, truncated) };

  const bodyCues = [...findCues(masked, tokens), ...findShouting(masked)];
  const fromSubject = subjectCues(options.subject);
  const lexicon = lexiconEvidence(tokens, bodyCues.filter((c) => c.kind === 'calm'));
  const asks = findAsks(masked, text);
  const questionMarks = masked.split('?').length - 1;
  const features = featureVector({ cues: [...bodyCues, ...fromSubject], lexicon, tokens, asks, questionMarks });
  const score = toScore(logit(features));
  const unhappy = isFlagged(score, DEFAULT_THRESHOLD);

  const signals: ToneSignal[] = [];
  for (const c of bodyCues) {
    if (!isCategory(c.kind) || weightOf(c.kind) <= 0) continue;
    const weight = Math.round(weightOf(c.kind) * c.factor * 100) / 100;
    signals.push({ category: c.kind, phrase: text.slice(c.start, c.end), start: c.start, end: c.end, weight, why: c.why });
  }
  const categories = new Set(signals.map((s) => s.category));
  const issues = findIssues(text, sentences(masked), bodyCues);
  const subjectCategories = [...new Set(fromSubject.map((c) => c.kind).filter(isCategory))];
  const reasons = buildReasons({
    signals, issues, lexicon, text, unhappy, subjectCategories,
    calming: bodyCues.some((c) => c.kind === 'calm' || c.kind === 'resolved'),
  });
  const report: ToneReport = {
    status: 'ok',
    score,
    level: levelFor(score, categories),
    unhappy,
    signals,
    issues,
    asks,
    deadlines: findDeadlines(masked, text, toDate(options.sentAt)),
    reasons,
    truncated,
    analysedLength: text.length,
  };
  return { features, report };
}
