/** Public API of the tone analyser. Pure functions; runs in Node and in the extension's service worker. */
import { analyzeDetailed } from './analyze';
import type { AnalyzeOptions, ToneReport } from './types';

export type * from './types';
export { DEFAULT_THRESHOLD, isFlagged } from './score';
export { MAX_ANALYSED_CHARS } from './limits';

/** Analyse one message body (plain text). Never throws; inputs beyond MAX_ANALYSED_CHARS are cut. */
export function analyzeTone(text: string, options: AnalyzeOptions = {}): ToneReport {
  return analyzeDetailed(text, options).report;
}
