import { describe, expect, it } from 'vitest';
import { composeUrlFor } from '../../lib/providers/compose-url';

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
