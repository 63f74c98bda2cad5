/**
 * The dashboard's "Due …" follows the rules the popup and the badge use (cadence, working hours), not
 * the time stored at the case's last edit: after a change of working hours the three agree.
 */
import { describe, expect, it } from 'vitest';
import type { RescueCase } from '../../lib/cases/types';
import { dueText, formatDateTime, nextUpdateText } from '../../lib/dashboard/format';
import { dueState } from '../../lib/nudges/due-state';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

const NINE_TO_FIVE = { ...DEFAULT_SETTINGS.working, timeZone: 'UTC' };
const NINE_TO_NOON = { ...NINE_TO_FIVE, end: '12:00' };

/** Opened Wednesday 25 November 2026 at 15:00 UTC, stored as due at 15:00 the next day. */
const CASE = {
  id: 'c1',
  clientId: 'k1',
  title: 'Invoice charged twice',
  step: 'listen',
  outcome: 'open',
  severity: 'upset',
  waitingOnClient: false,
  openedAt: '2026-11-25T15:00:00.000Z',
  createdAt: '2026-11-25T15:00:00.000Z',
  updatedAt: '2026-11-25T15:00:00.000Z',
  lastUpdateAt: null,
  nextUpdateDue: '2026-11-26T15:00:00.000Z',
} as unknown as RescueCase;

describe('the due time the dashboard shows', () => {
  it('is the one the popup and badge compute, for the working hours set now', () => {
    const now = new Date('2026-11-26T08:00:00.000Z');
    for (const working of [NINE_TO_FIVE, NINE_TO_NOON]) {
      const { dueAt } = dueState(CASE, working, now);
      expect(dueText(CASE, now, working)).toEqual({ text: `Due ${formatDateTime(dueAt!.toISOString())}`, overdue: false });
    }
    // Three working hours short a day, the same case falls due on another day than the stored time says.
    expect(dueText(CASE, now, NINE_TO_NOON).text).not.toBe(dueText(CASE, now, NINE_TO_FIVE).text);
  });

  it('says overdue once that time has passed', () => {
    const { dueAt } = dueState(CASE, NINE_TO_FIVE, new Date('2026-11-26T08:00:00.000Z'));
    expect(dueText(CASE, new Date(dueAt!.getTime() + 60_000), NINE_TO_FIVE).overdue).toBe(true);
  });
});

describe("the case header's next-update line", () => {
  const now = new Date('2026-11-26T08:00:00.000Z');
  const when = formatDateTime(dueState(CASE, NINE_TO_FIVE, now).dueAt!.toISOString());

  it('is one sentence, lower case after "Next update:", where the row cell stands alone', () => {
    expect(nextUpdateText(CASE, now, NINE_TO_FIVE)).toEqual({ text: `Next update: due ${when}`, overdue: false });
    expect(dueText(CASE, now, NINE_TO_FIVE).text).toBe(`Due ${when}`);
  });

  it('reads as a sentence when overdue, paused or closed too', () => {
    expect(nextUpdateText(CASE, new Date('2026-11-27T08:00:00.000Z'), NINE_TO_FIVE)).toEqual({
      text: `Next update: overdue since ${when}`,
      overdue: true,
    });
    expect(nextUpdateText({ ...CASE, waitingOnClient: true }, now, NINE_TO_FIVE).text).toBe('Next update: paused, waiting on the client');
    expect(nextUpdateText({ ...CASE, outcome: 'resolved' }, now, NINE_TO_FIVE).text).toBe('No more updates due');
  });
});
