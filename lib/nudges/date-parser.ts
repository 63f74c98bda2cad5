/**
 * The one place the nudges touch compromise-dates, with the few shapes we read typed here
 * (the plugin's own types do not reach through `nlp.plugin`).
 */
import nlp from 'compromise';
import datePlugin from 'compromise-dates';

nlp.plugin(datePlugin);

interface DatesView {
  get(): Array<{ start: string | null; end: string | null }>;
  json(opts: { offset: true }): Array<{ text: string; offset: { start: number; length: number } }>;
}

function datesOf(text: string, opts: object): DatesView {
  return (nlp(text) as unknown as { dates(opts: object): DatesView }).dates(opts);
}

export interface DatePhrase {
  text: string;
  start: number;
  end: number;
}

/** Date and time phrases in `text`, with UTF-16 offsets. */
export function datePhrases(text: string): DatePhrase[] {
  return datesOf(text, {})
    .json({ offset: true })
    .map((d) => ({ text: d.text, start: d.offset.start, end: d.offset.start + d.offset.length }));
}

/**
 * The first date `text` names, relative to `today` in `zone`. Start and end are ISO strings
 * whose wall-clock part is in `zone`; end equals start for a single moment.
 */
export function parseDate(text: string, today: number, zone: string): { start: string; end: string } | null {
  const found = datesOf(text, { today, timezone: zone }).get()[0];
  return found?.start ? { start: found.start, end: found.end ?? found.start } : null;
}
