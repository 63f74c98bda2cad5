import { describe, expect, it } from 'vitest';
import { dueState, threadDue } from '../../lib/nudges/due-state';
import type { DueStatus } from '../../lib/nudges/types';
import { BERLIN, at, flaggedThread, rescueCase } from './fixtures';

// Last update Tuesday 10:00 Berlin; a listen-step case is due Wednesday 10:00 (09:00Z).
const updated = rescueCase({ step: 'listen', lastUpdateAt: '2026-11-24T09:00:00Z' });

describe('dueState', () => {
  it.each<[string, string, DueStatus]>([
    ['just updated', '2026-11-24T09:00:00Z', 'ok'],
    ['Tuesday 14:00: due is a working day away', '2026-11-24T13:00:00Z', 'ok'],
    ['Tuesday 16:30: half an hour tonight plus 1.5h tomorrow reach it', '2026-11-24T15:30:00Z', 'due-soon'],
    ['Tuesday 22:00: the night does not count', '2026-11-24T21:00:00Z', 'due-soon'],
    ['Wednesday 09:59', '2026-11-25T08:59:00Z', 'due-soon'],
    ['Wednesday 10:00', '2026-11-25T09:00:00Z', 'overdue'],
    ['Thursday', '2026-11-26T12:00:00Z', 'overdue'],
  ])('%s', (_name, now, status) => {
    const state = dueState(updated, BERLIN, at(now));
    expect(state.status).toBe(status);
    expect(state.dueAt?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  it.each<[string, Parameters<typeof rescueCase>[0], DueStatus]>([
    ['waiting on client', { waitingOnClient: true }, 'paused'],
    ['resolved', { outcome: 'resolved' }, 'closed'],
    ['lost while waiting', { outcome: 'lost', waitingOnClient: true }, 'closed'],
  ])('%s', (_name, fields, status) => {
    expect(dueState({ ...updated, ...fields }, BERLIN, at('2026-11-26T12:00:00Z'))).toEqual({ status, dueAt: null });
  });

  it('takes a custom warning window', () => {
    expect(dueState(updated, BERLIN, at('2026-11-25T08:00:00Z'), { dueSoonMs: 30 * 60_000 }).status).toBe('ok');
    expect(dueState(updated, BERLIN, at('2026-11-25T08:30:00Z'), { dueSoonMs: 30 * 60_000 }).status).toBe('due-soon');
  });
});

describe('threadDue', () => {
  // Message Tuesday 10:00 Berlin: a reply is due by 14:00 (13:00Z).
  it.each<[string, Parameters<typeof flaggedThread>[0], string, DueStatus]>([
    ['fresh escalation', {}, '2026-11-24T10:00:00Z', 'ok'],
    ['two working hours left', {}, '2026-11-24T11:00:00Z', 'due-soon'],
    ['four working hours unanswered', {}, '2026-11-24T13:00:00Z', 'overdue'],
    ['replied to', { repliedAt: '2026-11-24T10:00:00Z' }, '2026-11-24T13:00:00Z', 'closed'],
    ['the reply predates the newest message', { repliedAt: '2026-11-24T08:00:00Z' }, '2026-11-24T13:00:00Z', 'overdue'],
    ['dismissed', { dismissed: true }, '2026-11-24T13:00:00Z', 'closed'],
    ['already a case', { caseId: 'case-1' }, '2026-11-24T13:00:00Z', 'closed'],
    ['only upset', { level: 'upset' }, '2026-11-24T13:00:00Z', 'closed'],
    ['no message time', { messageAt: null }, '2026-11-24T13:00:00Z', 'closed'],
    // One hour on Friday, three on Monday: due Monday 12:00.
    ['Friday 16:00 message, Saturday', { messageAt: '2026-11-27T15:00:00Z' }, '2026-11-28T12:00:00Z', 'ok'],
    ['Friday 16:00 message, Monday 10:00', { messageAt: '2026-11-27T15:00:00Z' }, '2026-11-30T09:00:00Z', 'due-soon'],
    ['Friday 16:00 message, Monday 12:00', { messageAt: '2026-11-27T15:00:00Z' }, '2026-11-30T11:00:00Z', 'overdue'],
  ])('%s', (_name, fields, now, status) => {
    expect(threadDue(flaggedThread(fields), BERLIN, at(now)).status).toBe(status);
  });
});
