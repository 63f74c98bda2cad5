/**
 * The one place compromise is imported (with compromise-dates, which needs the full "three" build:
 * `compromise/one` has no tagger, `two` no plugin point for dates). Setting it up costs a few hundred
 * milliseconds, so the extension's worker loads it as a script of its own (entrypoints/nlp.ts) after
 * it has answered with the tone level; Node code and extension pages import it directly.
 */
import nlp from 'compromise';
import datePlugin from 'compromise-dates';
import type { Nlp, ParsedDate } from './types';

nlp.plugin(datePlugin);

// The few shapes we read, typed here: the plugin's own types do not reach through `nlp.plugin`.
interface DatesView {
  get(): Array<{ start: string | null; end: string | null }>;
  json(opts: { offset: true }): Array<{ text: string; offset: { start: number; length: number } }>;
}

function datesOf(text: string, opts: object): DatesView {
  return (nlp(text) as unknown as { dates(opts: object): DatesView }).dates(opts);
}

function parseDate(text: string, today: number, zone: string): ParsedDate | null {
  const found = datesOf(text, { today, timezone: zone }).get()[0];
  return found?.start ? { start: found.start, end: found.end ?? found.start } : null;
}

export const compromiseNlp: Nlp = {
  datePhrases: (text) =>
    datesOf(text, {})
      .json({ offset: true })
      .map((d) => ({ text: d.text, start: d.offset.start, end: d.offset.start + d.offset.length })),
  parseDate,
  infinitive: (gerund) => nlp(gerund).verbs().toInfinitive().text().trim() || gerund,
};
