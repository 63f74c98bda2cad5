/**
 * Unambiguous numeric dates in local time: "25.11.2025 09:14" (day first, de/nl/pl/ru/fi…) and
 * "2025-11-25 09:14" (sv, ISO). Slashed dates are left alone: 11/05 is May in Paris and November in Boston.
 */
const DOTTED_RE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\D+(\d{1,2})[:.](\d{2})/u;
const ISO_LIKE_RE = /(\d{4})-(\d{2})-(\d{2})\D+(\d{1,2}):(\d{2})/u;

const EN_MONTH_RE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/u;
const US_DATE_RE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b.*\b[AP]M\b/u;

function numericDate(text: string): string | null {
  const dotted = DOTTED_RE.exec(text);
  const iso = dotted ? null : ISO_LIKE_RE.exec(text);
  const parts = dotted ? [dotted[3], dotted[2], dotted[1], dotted[4], dotted[5]] : iso ? iso.slice(1, 6) : null;
  if (!parts) return null;
  const [y, mo, d, h, mi] = parts.map(Number);
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.toISOString() : null;
}

/** Dates as mail sites show them ("Tue, Nov 25, 2025, 9:14 AM") → ISO, when they can be read without guessing. */
export function parseShownDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = text
    .replace(/[\u202f\u00a0]/gu, ' ') // Chrome's narrow no-break space before AM/PM
    .replace(/\s+at\s+/u, ' ')
    .replace(/\s*\([^)]*\)\s*$/u, '') // "9:14 AM (2 hours ago)"
    .trim();
  const numeric = numericDate(cleaned);
  if (numeric) return numeric;
  // Only English month names or US dates with AM/PM: the engines' fallback parsers guess at anything else.
  if (!EN_MONTH_RE.test(cleaned) && !US_DATE_RE.test(cleaned)) return null;
  const ms = Date.parse(cleaned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
