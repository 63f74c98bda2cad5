/** Public API of the tone analyser. Pure functions; runs in Node and in the extension's service worker. */
import { compromiseNlp } from '../nlp/compromise';
import { analyze } from './analyze';
import type { AnalyzeOptions, ToneReport } from './types';

export type * from './types';
export { DEFAULT_THRESHOLD, isFlagged } from './score';
export { MAX_ANALYSED_CHARS } from './limits';

/** Analyse one message body (plain text). Never throws; input beyond MAX_ANALYSED_CHARS is not read. */
export function analyzeTone(text: string, options: AnalyzeOptions = {}): ToneReport {
  return analyze(text, options, compromiseNlp);
}
