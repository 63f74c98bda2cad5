import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../lib/nudges/badge';
import { BERLIN, at, flaggedThread, rescueCase } from './fixtures';

const NOW = at('2026-11-25T12:00:00Z'); // Wednesday 13:00 Berlin
const overdue = (id: string, title: string, lastUpdateAt = '2026-11-24T09:00:00Z') =>
  rescueCase({ id, title, lastUpdateAt });
// Updated Tuesday 14:30: due Wednesday 14:30, within two working hours of NOW.
const dueSoon = (id: string, title: string) => rescueCase({ id, title, lastUpdateAt: '2026-11-24T13:30:00Z' });
const fine = (id: string) => rescueCase({ id, title: `fine ${id}`, lastUpdateAt: '2026-11-25T11:00:00Z' });

describe('badgeFor', () => {
  it('is empty when nothing is due', () => {
    expect(badgeFor([fine('a'), rescueCase({ waitingOnClient: true })], [], BERLIN, NOW)).toEqual({
      text: '',
      color: null,
      title: 'Client Rescue — no client updates due',
    });
  });

  it.each([
    ['one overdue case', [overdue('a', 'Acme')], [], '1', 'red'],
    ['overdue beats due soon', [overdue('a', 'Acme'), dueSoon('b', 'Beta')], [], '1', 'red'],
    ['due soon only', [dueSoon('a', 'Acme'), dueSoon('b', 'Beta'), fine('c')], [], '2', 'amber'],
    ['an unanswered escalation counts', [fine('a')], [flaggedThread()], '1', 'red'],
    ['paused and closed cases do not', [overdue('a', 'A'), { ...overdue('b', 'B'), waitingOnClient: true }, { ...overdue('c', 'C'), outcome: 'resolved' as const }], [], '1', 'red'],
  ])('%s', (_name, cases, threads, text, color) => {
    const badge = badgeFor(cases, threads, BERLIN, NOW);
    expect([badge.text, badge.color]).toEqual([text, color]);
  });

  it('names overdue items, most overdue first, then those due soon', () => {
    const badge = badgeFor(
      [overdue('a', 'Acme: invoice'), overdue('b', 'Beta: outage', '2026-11-23T09:00:00Z'), dueSoon('c', 'Cyan: delay')],
      [flaggedThread({ subject: 'Cancel everything' })],
      BERLIN,
      NOW,
    );
    expect(badge.title).toBe(
      'Client Rescue — 3 overdue: Beta: outage; unanswered "Cancel everything"; Acme: invoice\n1 due soon: Cyan: delay',
    );
  });

  it('uses the caller\'s names and shortens long lists', () => {
    const cases = Array.from({ length: 7 }, (_, i) => overdue(`c${i}`, `case ${i}`));
    const badge = badgeFor(cases, [], BERLIN, NOW, { nameOf: (c) => `Client of ${c.title}` });
    expect(badge.title).toMatch(/^Client Rescue — 7 overdue: Client of case 0; .*; and 2 more$/);
  });

  it('handles 5,000 open cases and caps the badge text', () => {
    const cases = Array.from({ length: 5000 }, (_, i) =>
      i % 2 ? fine(`f${i}`) : overdue(`o${i}`, `case ${i}`, new Date(Date.parse('2026-11-20T09:00:00Z') + i * 60_000).toISOString()),
    );
    const badge = badgeFor(cases, [], BERLIN, NOW);
    expect(badge).toMatchObject({ text: '99+', color: 'red' });
    expect(badge.title).toMatch(/^Client Rescue — 2500 overdue: case 0; case 2; .*; and 2495 more$/);
  });
});
