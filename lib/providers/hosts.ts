/** Mail sites the content scripts run on; the manifest's host permissions come from here too. */
export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;

export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

export const MAIL_HOST_PATTERNS = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES] as const;
