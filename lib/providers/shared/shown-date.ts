/** Dates as mail sites show them ("Tue, Nov 25, 2025, 9:14 AM") → ISO, when the browser can parse them. */
export function parseShownDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = text
    .replace(/[\u202f\u00a0]/gu, ' ') // Chrome's narrow no-break space before AM/PM
    .replace(/\s+at\s+/u, ' ')
    .replace(/\s*\([^)]*\)\s*$/u, '') // "9:14 AM (2 hours ago)"
    .trim();
  const ms = Date.parse(cleaned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
