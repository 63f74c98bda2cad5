import { i18n } from '#i18n';
import { nextUpdateDue } from '../nudges/cadence';
import type { NudgeCase } from '../nudges/types';
import type { WorkingTime } from '../settings/schema';
/** Dates as the dashboard shows and edits them. */

/**
 * A calendar day picked in a date input is stored as noon UTC of that day: the same calendar day in
 * every zone from UTC−11 to UTC+11, so a due date never shows as the day before for the user or
 * in a draft formatted in the working time zone.
 */
export function dayToIso(day: string): string | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(day);
  return match && isPlausibleYear(Number(match[1])) ? `${day}T12:00:00.000Z` : null;
}

/**
 * Years a rescue plan can be about. A date typed digit by digit passes through years such as 0002
 * and 0020, each a valid date to the input: none of them is a due date anyone meant.
 */
function isPlausibleYear(year: number): boolean {
  return year >= 2000 && year <= 2199;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar day of an instant, as a date input wants it ("YYYY-MM-DD"); "" for none. */
export function isoToDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local time of an instant as a datetime-local input wants it. */
export function isoToLocalInput(iso: string | Date): string {
  const d = new Date(iso);
  return `${isoToDay(d.toISOString())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Where a case's next update stands, before it is put into words. */
export type DueWhen = { kind: 'closed' | 'paused' | 'none' } | { kind: 'due' | 'overdue'; when: string };

/**
 * The time comes from the rules (cadence, working hours), as the popup and the badge compute it, not
 * from the time stored at the case's last edit, which a change of working hours since then would leave behind.
 */
export function dueWhen(c: NudgeCase, now: Date, working: WorkingTime): DueWhen {
  if (c.outcome !== 'open') return { kind: 'closed' };
  if (c.waitingOnClient) return { kind: 'paused' };
  const due = nextUpdateDue(c, working);
  if (!due) return { kind: 'none' };
  return { kind: due.getTime() <= now.getTime() ? 'overdue' : 'due', when: formatDateTime(due.toISOString()) };
}

/** "Overdue since …", "Due …", "Paused" or "Closed": standing alone, as in a case row's cell. */
export function dueText(c: NudgeCase, now: Date, working: WorkingTime): { text: string; overdue: boolean } {
  const due = dueWhen(c, now, working);
  switch (due.kind) {
    case 'closed':
      return { text: i18n.t('dashboard.due.closed'), overdue: false };
    case 'paused':
      return { text: i18n.t('dashboard.due.paused'), overdue: false };
    case 'none':
      return { text: i18n.t('dashboard.due.none'), overdue: false };
    case 'overdue':
      return { text: i18n.t('dashboard.due.overdueSince', [due.when]), overdue: true };
    case 'due':
      return { text: i18n.t('dashboard.due.due', [due.when]), overdue: false };
  }
}

/**
 * The case header's whole line, "Next update: due …". Whole sentences, not "Next update: " before the
 * row's cell text: that put the cell's capital mid-line ("Next update: Due Mon …"), and a translation
 * needs the sentence to order its own words.
 */
export function nextUpdateText(c: NudgeCase, now: Date, working: WorkingTime): { text: string; overdue: boolean } {
  const due = dueWhen(c, now, working);
  switch (due.kind) {
    case 'closed':
      return { text: i18n.t('dashboard.case.nextUpdate.closed'), overdue: false };
    case 'paused':
      return { text: i18n.t('dashboard.case.nextUpdate.paused'), overdue: false };
    case 'none':
      return { text: i18n.t('dashboard.case.nextUpdate.none'), overdue: false };
    case 'overdue':
      return { text: i18n.t('dashboard.case.nextUpdate.overdueSince', [due.when]), overdue: true };
    case 'due':
      return { text: i18n.t('dashboard.case.nextUpdate.due', [due.when]), overdue: false };
  }
}
