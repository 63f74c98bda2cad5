/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl.
 * A "civil day" is a calendar date in the zone, numbered as days since 1970-01-01,
 * so days can be walked with `+ 1` without ever touching offsets.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Formatters are costly to build (tens of µs), so one per zone for the life of the worker. */
const formatters = new Map<string, Intl.DateTimeFormat>();

let localZone: string | null = null;

/** The browser's own zone, once: it does not change during a service-worker lifetime. */
function browserZone(): string {
  localZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localZone;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * '' means the browser's zone; an unknown name also falls back to it, because a typo in
 * settings must not stop every reminder (the settings page is where it gets flagged).
 */
export function resolveZone(zone: string): string {
  if (!zone) return browserZone();
  if (formatters.has(zone)) return zone;
  try {
    formatterFor(zone);
    return zone;
  } catch {
    return browserZone();
  }
}

interface WallClock {
  /** Civil day number. */
  day: number;
  /** Milliseconds since local midnight, whole seconds. */
  msOfDay: number;
}

function wallClock(ms: number, zone: string): WallClock {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of formatterFor(zone).formatToParts(ms)) {
    switch (p.type) {
      case 'year': y = Number(p.value); break;
      case 'month': mo = Number(p.value); break;
      case 'day': d = Number(p.value); break;
      case 'hour': h = Number(p.value); break;
      case 'minute': mi = Number(p.value); break;
      case 'second': s = Number(p.value); break;
    }
  }
  return { day: Date.UTC(y, mo - 1, d) / DAY_MS, msOfDay: ((h * 60 + mi) * 60 + s) * 1000 };
}

/** Zone offset (local minus UTC) in force at instant `ms`. */
function offsetAt(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const { day, msOfDay } = wallClock(whole, zone);
  return day * DAY_MS + msOfDay - whole;
}

/** Civil day number of instant `ms` in `zone`. */
export function civilDay(ms: number, zone: string): number {
  return wallClock(ms, zone).day;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Civil day number of "YYYY-MM-DD", or null when it is not such a date. */
export function dayOfIsoDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDateOf(ms / DAY_MS) === iso.trim() ? ms / DAY_MS : null;
}

/**
 * The instant the zone's clocks read `minutes` past midnight on civil `day`.
 * Two passes settle the offset across a DST change; a wall time that does not exist
 * (spring-forward gap) lands just after the gap, an ambiguous one (fall-back) on its later reading.
 */
export function instantAt(day: number, minutes: number, zone: string): number {
  const local = day * DAY_MS + minutes * MINUTE_MS;
  const first = local - offsetAt(local, zone);
  return local - offsetAt(first, zone);
}
