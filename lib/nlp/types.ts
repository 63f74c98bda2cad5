/**
 * What the product asks of a natural-language library: dates and one verb form. The tone score
 * never needs it (lib/tone scores with its own lexicons and rules), so the worker can answer with
 * the level first and load this part afterwards (entrypoints/background/nlp-loader.ts).
 */
export interface DatePhrase {
  text: string;
  start: number;
  end: number;
}

export interface ParsedDate {
  /** ISO strings whose wall-clock part is in the zone asked for; end equals start for a single moment. */
  start: string;
  end: string;
}

export interface Nlp {
  /** Date and time phrases in `text`, with UTF-16 offsets. */
  datePhrases(text: string): DatePhrase[];
  /** The first date `text` names, relative to `today` (epoch ms) in the IANA `zone`. */
  parseDate(text: string, today: number, zone: string): ParsedDate | null;
  /** "chasing" → "chase"; the word itself when it is not a verb form the library knows. */
  infinitive(gerund: string): string;
}
