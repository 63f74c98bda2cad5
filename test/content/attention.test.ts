import { describe, expect, it } from 'vitest';
import { attentionFor, mostUrgentFirst, type AttentionInput } from '../../lib/content/attention';
import { flagDecision } from '../../lib/content/flag-rule';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

const settings = { ...DEFAULT_SETTINGS, watchedDomains: ['vip.com'], ignoredSenders: ['news@letters.com', 'partner.org'] };
const USER = 'dana@northwind.studio';

function input(over: Partial<AttentionInput> = {}): AttentionInput {
  return {
    threadId: 't1',
    subject: 'Late again',
    senderName: 'Maria',
    senderAddress: 'maria@acme.com',
    known: null,
    prescore: null,
    ...over,
  };
}

const known = (over: object = {}) => ({
  threadId: 't1',
  level: 'upset' as const,
  score: 70,
  dismissed: false,
  caseId: null,
  overdue: false,
  preliminary: false,
  ...over,
});

describe('flagDecision', () => {
  it.each([
    ['client at the default threshold', 50, 'maria@acme.com', true],
    ['client below it', 49, 'maria@acme.com', false],
    ['watched client at the lower threshold', 45, 'cto@vip.com', true],
    ['colleague on the user’s own domain', 90, 'sam@northwind.studio', false],
    ['ignored newsletter address', 90, 'news@letters.com', false],
    ['ignored domain, subdomain too', 90, 'x@eu.partner.org', false],
    ['no score', null, 'maria@acme.com', false],
  ])('%s', (_what, score, address, flagged) => {
    expect(flagDecision(score as number | null, address as string, USER, settings).flagged).toBe(flagged);
  });

  it('on free mail only the user’s own address is ignored, not everyone at gmail.com', () => {
    expect(flagDecision(90, 'client@gmail.com', 'me@gmail.com', settings).flagged).toBe(true);
    expect(flagDecision(90, 'me@gmail.com', 'me@gmail.com', settings).ignored).toBe(true);
  });
});

describe('attentionFor', () => {
  it('flags a thread analysed as upset, with a label a screen reader can say', () => {
    const a = attentionFor(input({ known: known() }), USER, settings);
    expect(a?.label).toBe('Client Rescue: upset');
    expect(a?.preliminary).toBe(false);
  });

  it('flags an open case even when calm, and says when its update is overdue', () => {
    const a = attentionFor(input({ known: known({ level: 'calm', score: 5, caseId: 'c1', overdue: true }) }), USER, settings);
    expect(a?.label).toBe('Client Rescue: client case — case open, update overdue');
    expect(a?.level).toBeNull();
  });

  it('uses the preview score until the thread is opened, and marks it preliminary', () => {
    const a = attentionFor(input({ prescore: { status: 'ok', score: 80, level: 'escalation' } }), USER, settings);
    expect(a?.label).toMatch(/escalation risk — preliminary/);
    expect(attentionFor(input({ prescore: { status: 'too-short', score: null, level: null } }), USER, settings)).toBeNull();
  });

  it('never shows a dismissed thread, a calm one or an ignored sender', () => {
    expect(attentionFor(input({ known: known({ dismissed: true }) }), USER, settings)).toBeNull();
    expect(attentionFor(input({ known: known({ level: 'calm', score: 10 }) }), USER, settings)).toBeNull();
    expect(attentionFor(input({ senderAddress: 'sam@northwind.studio', known: known() }), USER, settings)).toBeNull();
  });

  it('orders overdue cases first, then by level', () => {
    const upset = attentionFor(input({ threadId: 'a', known: known() }), USER, settings)!;
    const escalation = attentionFor(input({ threadId: 'b', known: known({ level: 'escalation', score: 95 }) }), USER, settings)!;
    const overdue = attentionFor(input({ threadId: 'c', known: known({ level: 'calm', score: 5, caseId: 'x', overdue: true }) }), USER, settings)!;
    expect(mostUrgentFirst([upset, escalation, overdue]).map((a) => a.threadId)).toEqual(['c', 'b', 'a']);
  });
});
