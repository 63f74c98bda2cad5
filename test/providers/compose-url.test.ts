import { describe, expect, it } from 'vitest';
import { composeUrlFor, mailtoUrl } from '../../lib/providers/compose-url';

const draft = { to: 'boss@northwind.studio', subject: 'Escalation: Acme Corp', body: 'Line one\nLine two & <b>not html</b>' };

describe('compose links for the escalation hand-off', () => {
  it('opens Gmail compose in the account the user is in, pre-filled', () => {
    const url = new URL(composeUrlFor('gmail', { origin: 'https://mail.google.com', pathname: '/mail/u/1/' }, draft));
    expect(url.pathname).toBe('/mail/u/1/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'cm', fs: '1', to: draft.to, su: draft.subject, body: draft.body });
  });

  it('falls back to the first Gmail account when the path names none', () => {
    expect(new URL(composeUrlFor('gmail', { origin: 'https://mail.google.com', pathname: '/' }, draft)).pathname).toBe('/mail/u/0/');
  });

  it('opens Outlook’s deep-link compose on the same Outlook host', () => {
    const url = new URL(composeUrlFor('outlook', { origin: 'https://outlook.office.com', pathname: '/mail/inbox' }, draft));
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(url.searchParams.get('body')).toBe(draft.body);
    expect(url.searchParams.get('subject')).toBe(draft.subject);
  });
});

describe('mailtoUrl', () => {
  it('opens the mail app with the address, subject and body, spaces as %20', () => {
    const url = mailtoUrl({ ...draft, to: 'Head of Delivery <hod@northwind.studio>' })!;
    expect(url.startsWith('mailto:hod@northwind.studio?')).toBe(true);
    expect(url).not.toContain('+');
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe(draft.subject);
    expect(params.get('body')).toBe(draft.body);
    expect(mailtoUrl(draft)?.startsWith('mailto:boss@northwind.studio?')).toBe(true);
  });

  it('gives no link for a contact without an address', () => {
    expect(mailtoUrl({ ...draft, to: 'Head of Delivery' })).toBeNull();
  });
});
