/**
 * Gmail's hex message ids begin with the send time in milliseconds (first 11 hex digits), and the
 * decimal msg-f id is the same number. Used when the shown date is in a format the browser cannot
 * parse (most non-English locales).
 */
const EARLIEST = Date.UTC(2004, 0, 1); // Gmail's launch: anything before is not a timestamp

export function timeFromGmailId(id: string | null | undefined): string | null {
  if (!id) return null;
  let hex = id.replace(/^#?msg-[fa]:/, '');
  if (/^\d+$/.test(hex) && hex.length > 16) hex = BigInt(hex).toString(16);
  if (!/^[0-9a-f]{12,16}$/i.test(hex)) return null;
  const ms = parseInt(hex.slice(0, hex.length - 5), 16);
  return ms >= EARLIEST && ms <= Date.now() + 86_400_000 ? new Date(ms).toISOString() : null;
}
