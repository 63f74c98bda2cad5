import { LIST_FIXTURE } from './pages';

/** Saved pages on their real host names (see test/e2e/mail-server.ts), and the in-page routes the fixtures follow. */
export const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/?fixture=gmail-2025-thread#inbox/FMfcgzQXJWDsKmVnbqLwZpNtRcGhBvSd';
/** The generated list page (pages.ts). */
export const GMAIL_LIST = `https://mail.google.com/mail/u/0/?fixture=${LIST_FIXTURE}#inbox`;
export const OUTLOOK_THREAD = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D?fixture=outlook-2025-thread';

export type Site = 'gmail' | 'outlook';
export const THREAD_URL: Record<Site, string> = { gmail: GMAIL_THREAD, outlook: OUTLOOK_THREAD };
