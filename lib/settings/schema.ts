/** User settings: the shape and defaults. Pure, so drafts and nudges can take them as plain input. */

export interface WorkingTime {
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** "HH:MM", 24-hour, in `timeZone`. */
  start: string;
  end: string;
  /** IANA zone; empty means the browser's own. */
  timeZone: string;
  /** ISO dates (YYYY-MM-DD) that are not working days. */
  holidays: string[];
}

export interface Settings {
  userName: string;
  signOff: string;
  /** Leave name and sign-off out of drafts because the mail client adds its own signature. */
  mailClientAddsSignature: boolean;
  working: WorkingTime;
  /** Working days until the plan is promised in a first response. */
  planPromiseDays: number;
  /** Score at or above which a message is flagged (see lib/tone DEFAULT_THRESHOLD). */
  flagThreshold: number;
  /** Lower threshold for watched (VIP) client domains. */
  watchedThreshold: number;
  watchedDomains: string[];
  ignoredSenders: string[];
  sites: { gmail: boolean; outlook: boolean };
  listFlags: { gmail: boolean; outlook: boolean };
  escalationContact: string;
  notifications: boolean;
  /** Extra Outlook servers (on-premises OWA), as origins the user granted. */
  extraOutlookOrigins: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  signOff: 'Best regards',
  mailClientAddsSignature: false,
  working: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: '', holidays: [] },
  planPromiseDays: 2,
  flagThreshold: 50,
  watchedThreshold: 40,
  watchedDomains: [],
  ignoredSenders: [],
  sites: { gmail: true, outlook: true },
  listFlags: { gmail: true, outlook: true },
  escalationContact: '',
  notifications: true,
  extraOutlookOrigins: [],
};
