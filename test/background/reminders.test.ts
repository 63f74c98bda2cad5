import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureReminderAlarm, REMINDER_ALARM, refreshReminders, snoozeFromNotification } from '../../entrypoints/background/reminders';
import { createManualCase } from '../../lib/cases/open-case';
import { RescueDb } from '../../lib/cases/db';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';

const settings: Settings = { ...DEFAULT_SETTINGS, working: { ...DEFAULT_SETTINGS.working, timeZone: 'Europe/Berlin' } };
// Wednesday 25 November 2026, 11:00 in Berlin: a working hour.
const NOW = new Date('2026-11-25T10:00:00Z');

let db: RescueDb;
let badge: { text?: string; color?: string; title?: string };
let notifications: { id: string; options: { title: string; message: string; buttons?: unknown[] } }[];

beforeEach(() => {
  fakeBrowser.reset();
  db = new RescueDb({ name: `r-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  badge = {};
  notifications = [];
  // The fake browser has no action or notifications API: record what the worker asks of them.
  Object.assign(fakeBrowser, {
    action: {
      setBadgeText: vi.fn(async ({ text }: { text: string }) => void (badge.text = text)),
      setBadgeBackgroundColor: vi.fn(async ({ color }: { color: string }) => void (badge.color = color)),
      setTitle: vi.fn(async ({ title }: { title: string }) => void (badge.title = title)),
    },
    notifications: {
      create: vi.fn(async (id: string, options: (typeof notifications)[number]['options']) => {
        notifications.push({ id, options });
        return id;
      }),
      clear: vi.fn(async () => true),
    },
  });
});

async function caseOpenedAt(openedAt: string, title = 'Invoice charged twice') {
  const { case: c } = await createManualCase(db, { client: { address: 'maria@acme-corp.com' }, title, now: openedAt });
  return c;
}

describe('reminders in the background', () => {
  it('creates its alarm once, however often the worker starts', async () => {
    await ensureReminderAlarm();
    await ensureReminderAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([REMINDER_ALARM]);
    expect(alarms[0].periodInMinutes).toBeGreaterThanOrEqual(1);
  });

  it('shows nothing when no update is due', async () => {
    await caseOpenedAt('2026-11-25T09:30:00Z');
    await refreshReminders(db, settings, NOW);
    expect(badge.text).toBe('');
    expect(notifications).toEqual([]);
  });

  it('counts an overdue case in red, names it, and notifies once per working day', async () => {
    const c = await caseOpenedAt('2026-11-20T09:00:00Z');
    await refreshReminders(db, settings, NOW);
    expect(badge).toMatchObject({ text: '1', color: '#c5221f' });
    expect(badge.title).toMatch(/Acme Corp — Invoice charged twice/);
    expect(notifications.map((n) => n.id)).toEqual([`case:${c.id}`]);
    expect(notifications[0].options.title).toMatch(/Acme Corp/);
    expect(notifications[0].options.buttons).toHaveLength(2);

    await refreshReminders(db, settings, new Date(NOW.getTime() + 30 * 60_000));
    expect(notifications).toHaveLength(1);
  });

  it('stays quiet when notifications are switched off, but keeps the badge', async () => {
    await caseOpenedAt('2026-11-20T09:00:00Z');
    await refreshReminders(db, { ...settings, notifications: false }, NOW);
    expect(badge.text).toBe('1');
    expect(notifications).toEqual([]);
  });

  it('a snooze button quiets the case until the next working day', async () => {
    const c = await caseOpenedAt('2026-11-20T09:00:00Z');
    await snoozeFromNotification(db, settings, `case:${c.id}`, 1, NOW);
    const snoozed = await db.cases.get(c.id);
    expect(snoozed?.snoozedUntil).toBe('2026-11-26T08:00:00.000Z');
    await refreshReminders(db, settings, NOW);
    expect(notifications).toEqual([]);
    expect(badge.text).toBe('1');
  });
});
