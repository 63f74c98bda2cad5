import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  isWorkingTime,
  nextWorkingStart,
  workingMsBetween,
} from '../../lib/nudges/working-time';
import { BERLIN, HOUR, NEW_YORK, at, officeHours } from './fixtures';

describe('addWorkingTime', () => {
  it.each([
    // Berlin is UTC+1 in winter, UTC+2 in summer; New York UTC-5 / UTC-4.
    ['inside the day', BERLIN, '2026-11-24T09:00:00Z', 2, '2026-11-24T11:00:00Z'],
    ['a full day ends at 17:00, not next morning', BERLIN, '2026-11-24T08:00:00Z', 8, '2026-11-24T16:00:00Z'],
    ['overnight', BERLIN, '2026-11-24T15:00:00Z', 2, '2026-11-25T09:00:00Z'],
    ['from the night', BERLIN, '2026-11-24T19:00:00Z', 1, '2026-11-25T09:00:00Z'],
    ['before work starts', BERLIN, '2026-11-24T06:00:00Z', 1, '2026-11-24T09:00:00Z'],
    ['over the weekend', BERLIN, '2026-11-27T14:00:00Z', 4, '2026-11-30T10:00:00Z'],
    ['from Saturday', BERLIN, '2026-11-28T12:00:00Z', 1, '2026-11-30T09:00:00Z'],
    ['zero from Saturday is Monday 09:00', BERLIN, '2026-11-28T12:00:00Z', 0, '2026-11-30T08:00:00Z'],
    ['New York evening', NEW_YORK, '2026-11-24T22:00:00Z', 1, '2026-11-25T15:00:00Z'],
    ['EU spring forward weekend', BERLIN, '2026-03-27T14:00:00Z', 4, '2026-03-30T09:00:00Z'],
    ['EU fall back weekend', BERLIN, '2026-10-23T13:00:00Z', 4, '2026-10-26T10:00:00Z'],
    ['US spring forward weekend', NEW_YORK, '2026-03-06T20:00:00Z', 4, '2026-03-09T15:00:00Z'],
    ['US fall back weekend', NEW_YORK, '2026-10-30T19:00:00Z', 4, '2026-11-02T16:00:00Z'],
    ['several days', BERLIN, '2026-11-23T08:00:00Z', 5 * 8, '2026-11-27T16:00:00Z'],
  ])('%s', (_name, working, from, hours, expected) => {
    expect(addWorkingTime(at(from), hours * HOUR, working).toISOString()).toBe(at(expected).toISOString());
  });

  it('skips holidays', () => {
    const xmas = officeHours('Europe/Berlin', { holidays: ['2026-12-24', '2026-12-25'] });
    // Wednesday 16:00 + 2h: one hour on Wednesday, Thursday and Friday off, one hour on Monday.
    expect(addWorkingTime(at('2026-12-23T15:00:00Z'), 2 * HOUR, xmas).toISOString()).toBe('2026-12-28T09:00:00.000Z');
  });

  it('counts every hour when the settings name no working time', () => {
    const none = officeHours('Europe/Berlin', { days: [] });
    expect(addWorkingTime(at('2026-11-28T12:00:00Z'), 30 * HOUR, none).toISOString()).toBe('2026-11-29T18:00:00.000Z');
  });

  it('treats an empty zone as the browser zone, and an unknown one likewise', () => {
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const from = at('2026-11-24T19:30:00Z');
    const expected = addWorkingTime(from, 3 * HOUR, officeHours(local)).toISOString();
    expect(addWorkingTime(from, 3 * HOUR, officeHours('')).toISOString()).toBe(expected);
    expect(addWorkingTime(from, 3 * HOUR, officeHours('Mars/Olympus')).toISOString()).toBe(expected);
  });
});

describe('workingMsBetween', () => {
  it.each([
    ['same day', BERLIN, '2026-11-24T09:00:00Z', '2026-11-24T10:30:00Z', 1.5],
    ['over a night', BERLIN, '2026-11-24T15:00:00Z', '2026-11-25T09:00:00Z', 2],
    ['over a weekend', BERLIN, '2026-11-27T15:00:00Z', '2026-11-30T09:00:00Z', 2],
    ['reversed is negative', BERLIN, '2026-11-30T09:00:00Z', '2026-11-27T15:00:00Z', -2],
    ['all in the night', BERLIN, '2026-11-24T18:00:00Z', '2026-11-25T06:00:00Z', 0],
    ['a whole week', NEW_YORK, '2026-11-23T05:00:00Z', '2026-11-30T05:00:00Z', 40],
    ['US fall back weekend', NEW_YORK, '2026-10-30T19:00:00Z', '2026-11-02T16:00:00Z', 4],
  ])('%s', (_name, working, a, b, hours) => {
    expect(workingMsBetween(at(a), at(b), working)).toBe(hours * HOUR);
  });

  it.each([
    ['EU spring forward day is 23 hours', 'Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 23],
    ['EU fall back day is 25 hours', 'Europe/Berlin', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 25],
    ['US spring forward day is 23 hours', 'America/New_York', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', 23],
    ['US fall back day is 25 hours', 'America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z', 25],
  ])('round the clock: %s', (_name, zone, a, b, hours) => {
    const always = officeHours(zone, { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' });
    expect(workingMsBetween(at(a), at(b), always)).toBe(hours * HOUR);
  });

  it('a night shift over the EU spring-forward gap holds one hour less', () => {
    const sunday = officeHours('Europe/Berlin', { days: [0], start: '01:00', end: '05:00' });
    expect(workingMsBetween(at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'), sunday)).toBe(3 * HOUR);
    expect(workingMsBetween(at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'), sunday)).toBe(5 * HOUR);
  });
});

describe('isWorkingTime and nextWorkingStart', () => {
  it.each([
    ['Tuesday 10:00 Berlin', BERLIN, '2026-11-24T09:00:00Z', true, '2026-11-24T09:00:00Z'],
    ['Tuesday 08:59 Berlin', BERLIN, '2026-11-24T07:59:00Z', false, '2026-11-24T08:00:00Z'],
    ['Tuesday 17:00 Berlin is after hours', BERLIN, '2026-11-24T16:00:00Z', false, '2026-11-25T08:00:00Z'],
    ['Saturday noon Berlin', BERLIN, '2026-11-28T11:00:00Z', false, '2026-11-30T08:00:00Z'],
    ['Tuesday 10:00 Berlin is 04:00 in New York', NEW_YORK, '2026-11-24T09:00:00Z', false, '2026-11-24T14:00:00Z'],
    ['Monday after US spring forward', NEW_YORK, '2026-03-09T12:00:00Z', false, '2026-03-09T13:00:00Z'],
    ['Monday after EU fall back', BERLIN, '2026-10-26T08:30:00Z', true, '2026-10-26T08:30:00Z'],
  ])('%s', (_name, working, when, working_, next) => {
    expect(isWorkingTime(at(when), working)).toBe(working_);
    expect(nextWorkingStart(at(when), working).toISOString()).toBe(at(next).toISOString());
  });

  it('holidays are not working time', () => {
    const holiday = officeHours('Europe/Berlin', { holidays: ['2026-11-24'] });
    expect(isWorkingTime(at('2026-11-24T10:00:00Z'), holiday)).toBe(false);
    expect(nextWorkingStart(at('2026-11-24T10:00:00Z'), holiday).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });
});
