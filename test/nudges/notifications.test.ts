import { describe, expect, it } from 'vitest';
import { notificationsToSend, recordNotified, snoozeUntil, type NotifyState } from '../../lib/nudges/notifications';
import { BERLIN, NEW_YORK, at, officeHours, rescueCase } from './fixtures';

// Updated Monday 10:00 Berlin, so overdue from Tuesday 10:00 Berlin.
const late = rescueCase({ id: 'late', title: 'Acme', lastUpdateAt: '2026-11-23T09:00:00Z' });
const NOW = '2026-11-25T10:00:00Z'; // Wednesday 11:00 Berlin
const none: NotifyState = { lastNotified: {} };

describe('notificationsToSend', () => {
  it.each([
    ['overdue and never notified', late, none, NOW, 1],
    ['already notified this working day', late, { lastNotified: { late: '2026-11-25T08:00:00Z' } }, NOW, 0],
    ['notified yesterday', late, { lastNotified: { late: '2026-11-24T15:00:00Z' } }, NOW, 1],
    ['snoozed', { ...late, snoozedUntil: '2026-11-25T11:00:00Z' }, none, NOW, 0],
    ['snooze over', { ...late, snoozedUntil: '2026-11-25T09:00:00Z' }, none, NOW, 1],
    ['waiting on client', { ...late, waitingOnClient: true }, none, NOW, 0],
    ['resolved', { ...late, outcome: 'resolved' as const }, none, NOW, 0],
    ['not yet overdue', { ...late, lastUpdateAt: '2026-11-25T08:00:00Z' }, none, NOW, 0],
    ['at night', late, none, '2026-11-25T20:00:00Z', 0],
    ['on Saturday', late, none, '2026-11-28T10:00:00Z', 0],
  ])('%s', (_name, c, state, now, count) => {
    expect(notificationsToSend([c], state, BERLIN, at(now))).toHaveLength(count);
  });

  it('describes the case', () => {
    expect(notificationsToSend([late], none, BERLIN, at(NOW))).toEqual([
      { caseId: 'late', title: 'Acme', dueAt: at('2026-11-24T09:00:00Z') },
    ]);
  });

  it('counts the working day in the settings zone, not UTC', () => {
    // 03:00Z Wednesday is still Tuesday evening in New York, so Wednesday 09:30 there may notify again.
    const state = { lastNotified: { late: '2026-11-25T03:00:00Z' } };
    expect(notificationsToSend([late], state, NEW_YORK, at('2026-11-25T14:30:00Z'))).toHaveLength(1);
    expect(notificationsToSend([late], state, BERLIN, at(NOW))).toHaveLength(0);
  });

  it('records sends and drops stale entries', () => {
    const notices = notificationsToSend([late], none, BERLIN, at(NOW));
    const state = recordNotified({ lastNotified: { old: '2026-11-20T10:00:00Z', recent: '2026-11-24T10:00:00Z' } }, notices, at(NOW));
    expect(state).toEqual({ lastNotified: { recent: '2026-11-24T10:00:00Z', late: '2026-11-25T10:00:00.000Z' } });
    expect(notificationsToSend([late], state, BERLIN, at('2026-11-25T14:00:00Z'))).toEqual([]);
    expect(notificationsToSend([late], state, BERLIN, at('2026-11-26T08:00:00Z'))).toHaveLength(1);
  });
});

describe('snoozeUntil', () => {
  it.each([
    ['an hour', 'hour' as const, BERLIN, NOW, '2026-11-25T11:00:00Z'],
    ['an hour runs into the evening as wall time', 'hour' as const, BERLIN, '2026-11-25T15:30:00Z', '2026-11-25T16:30:00Z'],
    ['tomorrow morning', 'tomorrow' as const, BERLIN, NOW, '2026-11-26T08:00:00Z'],
    ['from early morning, still the next day', 'tomorrow' as const, BERLIN, '2026-11-25T05:00:00Z', '2026-11-26T08:00:00Z'],
    ['Friday to Monday', 'tomorrow' as const, BERLIN, '2026-11-27T10:00:00Z', '2026-11-30T08:00:00Z'],
    ['over a holiday', 'tomorrow' as const, officeHours('Europe/Berlin', { holidays: ['2026-11-26'] }), NOW, '2026-11-27T08:00:00Z'],
    ['New York, into the DST change', 'tomorrow' as const, NEW_YORK, '2026-10-30T15:00:00Z', '2026-11-02T14:00:00Z'],
  ])('%s', (_name, kind, working, now, expected) => {
    expect(snoozeUntil(kind, at(now), working)).toBe(at(expected).toISOString());
  });
});
