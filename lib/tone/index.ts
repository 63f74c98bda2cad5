/**
 * Public API of the tone analyser. Pure functions, with compromise imported for dates. The extension's
 * worker does not import this module (that would put compromise back into its start): it calls
 * analyze() with the language module it loads later (entrypoints/background/handlers.ts).
 */
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
