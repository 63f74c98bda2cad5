/**
 * A change of working hours stamps each open case's stored due time again, so the overdue-first list
 * and its filter agree with the popup and the badge; closed, deleted and paused cases are left alone.
 */
import { describe, expect, it } from 'vitest';
import { restampDueTimes } from '../../lib/cases/due-times';
import { openCaseFromMessage } from '../../lib/cases/open-case';
import { nextUpdateDue } from '../../lib/nudges/cadence';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { angryMessage, freshDb } from './helpers';

const NINE_TO_FIVE = { ...DEFAULT_SETTINGS.working, timeZone: 'UTC' };
const NINE_TO_NOON = { ...NINE_TO_FIVE, end: '12:00' };

describe('restampDueTimes', () => {
  it('moves open cases to the due time the new hours give, and only them', async () => {
    const db = freshDb();
    const open = await openCaseFromMessage(db, angryMessage({ now: '2026-11-25T15:00:00.000Z' }));
    const closed = await openCaseFromMessage(db, angryMessage({ sender: { name: 'Bo', address: 'bo@globex.io' }, threadId: 't-2', messageId: 'm-2', now: '2026-11-25T15:00:00.000Z' }));
    await db.cases.update(closed.case.id, { outcome: 'resolved', nextUpdateDue: null });
    expect(await restampDueTimes(db, NINE_TO_FIVE)).toBe(1);
    const before = await db.cases.get(open.case.id);
    expect(before?.nextUpdateDue).toBe(nextUpdateDue(before!, NINE_TO_FIVE)?.toISOString());
    const updatedAt = before?.updatedAt;

    expect(await restampDueTimes(db, NINE_TO_NOON)).toBe(1);
    const after = await db.cases.get(open.case.id);
    expect(after?.nextUpdateDue).toBe(nextUpdateDue(after!, NINE_TO_NOON)?.toISOString());
    expect(after?.nextUpdateDue).not.toBe(before?.nextUpdateDue);
    expect(after?.updatedAt).toBe(updatedAt);
    expect((await db.cases.get(closed.case.id))?.nextUpdateDue).toBeNull();
    // Nothing to do the second time.
    expect(await restampDueTimes(db, NINE_TO_NOON)).toBe(0);
  });
});
