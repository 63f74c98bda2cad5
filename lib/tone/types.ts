/** The analyser's public report. Offsets are UTF-16 indices into the text passed to analyzeTone. */

export type ToneLevel = 'calm' | 'concerned' | 'upset' | 'escalation';

export type ToneStatus = 'ok' | 'too-short' | 'unsupported-language';

export type SignalCategory =
  | 'broken-promise'
  | 'repeat-failure'
  | 'frustration'
  | 'urgency'
  | 'churn-threat'
  | 'legal-threat'
  | 'escalation-request'
  | 'blame'
  | 'sarcasm'
  | 'polite-anger'
  | 'shouting';

export interface ToneSignal {
  category: SignalCategory;
  /** The exact phrase as it stands in the input. */
  phrase: string;
  start: number;
  end: number;
  /** Contribution to the score; negative for calming evidence is not reported as a signal. */
  weight: number;
  /** One plain-language sentence saying why this phrase counts. */
  why: string;
}

export interface ToneIssue {
  /** A short statement of one distinct problem, e.g. "invoice 4411 charged twice". */
  statement: string;
  /** The sentence it came from, verbatim. */
  evidence: string;
  start: number;
  end: number;
  /** `generality` for sweeping claims ("you never listen") that need an example. */
  kind: 'specific' | 'generality';
  /**
   * The part of the evidence sentence the statement was drawn from (a clause, with a qualifier such
   * as "since 2 March"); offsets into the input like start/end. One sentence can state two problems,
   * so two issues may share start/end but not source.
   */
  source?: { start: number; end: number };
}

export interface ToneAsk {
  kind: 'call' | 'refund' | 'date' | 'fix' | 'update' | 'cancel' | 'other';
  phrase: string;
  start: number;
  end: number;
}

export interface ToneDeadline {
  phrase: string;
  start: number;
  end: number;
  /** ISO 8601, resolved against sentAt; null when the phrase names no resolvable time. */
  resolved: string | null;
  /**
   * A time the client sets for something to be done ("by Friday", "within 48 hours"): not a date
   * only mentioned ("the outage on Saturday") nor one we promised ("you promised a fix by Friday").
   */
  due: boolean;
}

export interface ToneReport {
  status: ToneStatus;
  /** 0–100, higher is worse; null unless status is ok. */
  score: number | null;
  /** Absent unless status is ok. */
  level?: ToneLevel;
  /** score >= DEFAULT_THRESHOLD. */
  unhappy: boolean;
  signals: ToneSignal[];
  issues: ToneIssue[];
  asks: ToneAsk[];
  deadlines: ToneDeadline[];
  /** Plain-language reasons, most important first, for the sidebar. */
  reasons: string[];
  /** True when the input was longer than the analyser reads; only the first part was analysed. */
  truncated: boolean;
  /** Characters actually analysed. */
  analysedLength: number;
}

export interface AnalyzeOptions {
  subject?: string;
  /** When the message was sent; relative dates ("by Friday") resolve against it. Defaults to now. */
  sentAt?: Date | string | number;
}
