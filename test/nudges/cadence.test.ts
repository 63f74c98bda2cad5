import { describe, expect, it } from 'vitest';
import type { CaseStep } from '../../lib/cases/types';
import { cadenceFor, nextUpdateDue } from '../../lib/nudges/cadence';
import { BERLIN, NEW_YORK, officeHours, rescueCase } from './fixtures';

// Tuesday 24 Nov 2026, 10:00 in Berlin.
const TUESDAY_10 = '2026-11-24T09:00:00Z';

describe('cadenceFor', () => {
  it.each<[CaseStep, number]>([
    ['listen', 1],
    ['quantify', 1],
    ['agree', 1],
    ['plan', 1],
    ['execute', 2],
    ['monitor', 5],
  ])('%s defaults to every %i working day(s)', (step, days) => {
    expect(cadenceFor(rescueCase({ step }))).toEqual({ workingDays: days });
  });

  it.each([
    ['a per-case cadence wins', { step: 'listen' as const, cadenceDays: 3 }, 3],
    ['null cadence uses the step', { step: 'monitor' as const, cadenceDays: null }, 5],
    ['zero or negative cadence is ignored', { step: 'execute' as const, cadenceDays: 0 }, 2],
    ['a plan the client agreed to moves to every other day', { step: 'plan' as const, planAgreedAt: TUESDAY_10 }, 2],
  ])('%s', (_name, fields, days) => {
    expect(cadenceFor(rescueCase(fields))).toEqual({ workingDays: days });
  });
});

describe('nextUpdateDue', () => {
  it.each([
    ['listen: next working day', BERLIN, { step: 'listen' as const, lastUpdateAt: TUESDAY_10 }, '2026-11-25T09:00:00Z'],
    ['execute: two working days', BERLIN, { step: 'execute' as const, lastUpdateAt: TUESDAY_10 }, '2026-11-26T09:00:00Z'],
    ['monitor: a working week', BERLIN, { step: 'monitor' as const, lastUpdateAt: TUESDAY_10 }, '2026-12-01T09:00:00Z'],
    ['override: three days', BERLIN, { cadenceDays: 3, lastUpdateAt: TUESDAY_10 }, '2026-11-27T09:00:00Z'],
    ['Friday update is due Monday', BERLIN, { lastUpdateAt: '2026-11-27T15:00:00Z' }, '2026-11-30T15:00:00Z'],
    ['evening update counts from next morning', BERLIN, { lastUpdateAt: '2026-11-24T19:00:00Z' }, '2026-11-25T16:00:00Z'],
    ['no update yet: from the opening', BERLIN, { lastUpdateAt: null, openedAt: TUESDAY_10 }, '2026-11-25T09:00:00Z'],
    ['New York hours', NEW_YORK, { lastUpdateAt: '2026-11-24T15:00:00Z' }, '2026-11-25T15:00:00Z'],
    ['over the US fall-back weekend', NEW_YORK, { lastUpdateAt: '2026-10-30T19:00:00Z' }, '2026-11-02T20:00:00Z'],
    ['over the EU spring-forward weekend', BERLIN, { lastUpdateAt: '2026-03-27T14:00:00Z' }, '2026-03-30T13:00:00Z'],
  ])('%s', (_name, working, fields, expected) => {
    expect(nextUpdateDue(rescueCase(fields), working)?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('skips holidays', () => {
    const holiday = officeHours('Europe/Berlin', { holidays: ['2026-11-25'] });
    expect(nextUpdateDue(rescueCase({ lastUpdateAt: TUESDAY_10 }), holiday)?.toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it.each([
    ['the clock restarts when the wait on the client ends', '2026-11-26T10:00:00Z', '2026-11-27T10:00:00Z'],
    ['an update after the wait counts from the update', '2026-11-24T08:00:00Z', '2026-11-25T09:00:00Z'],
  ])('%s', (_name, waitingEndedAt, expected) => {
    const c = rescueCase({ lastUpdateAt: TUESDAY_10, waitingEndedAt });
    expect(nextUpdateDue(c, BERLIN)?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it.each([
    ['waiting on the client pauses the clock', { waitingOnClient: true }],
    ['resolved', { outcome: 'resolved' as const }],
    ['lost', { outcome: 'lost' as const }],
    ['deleted', { deletedAt: TUESDAY_10 }],
  ])('none when %s', (_name, fields) => {
    expect(nextUpdateDue(rescueCase({ lastUpdateAt: TUESDAY_10, ...fields }), BERLIN)).toBeNull();
  });

  const promise = (dueAt: string, madeAt = TUESDAY_10) => ({ dueAt, madeAt, phrase: 'by then' });
  it.each([
    ['an earlier promise wins', TUESDAY_10, promise('2026-11-24T13:00:00Z'), '2026-11-24T13:00:00Z'],
    ['a later promise does not delay the cadence', TUESDAY_10, promise('2026-11-27T16:00:00Z'), '2026-11-25T09:00:00Z'],
    ['an update recorded a minute after the reply keeps it', '2026-11-24T09:01:00Z', promise('2026-11-24T13:00:00Z'), '2026-11-24T13:00:00Z'],
    ['a later update supersedes it', '2026-11-24T12:00:00Z', promise('2026-11-24T13:00:00Z'), '2026-11-25T12:00:00Z'],
  ])('%s', (_name, lastUpdateAt, promisedUpdate, expected) => {
    expect(nextUpdateDue(rescueCase({ lastUpdateAt, promisedUpdate }), BERLIN)?.toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });
});
