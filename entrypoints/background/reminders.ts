/**
 * The update clock in the background: badge, tooltip and notifications, recomputed from the database on
 * every alarm, browser start and data change. MV3 workers stop at any time, so nothing here lives in
 * memory between calls: the last-notified times are kept in extension storage.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { RescueDb } from '../../lib/cases/db';
import type { RescueCase } from '../../lib/cases/types';
import { badgeFor } from '../../lib/nudges/badge';
import { notificationsToSend, recordNotified, snoozeUntil } from '../../lib/nudges/notifications';
import { updateCase } from '../../lib/cases/case-edits';
import type { Settings } from '../../lib/settings/schema';

export const REMINDER_ALARM = 'client-rescue-reminders';
/** Alarms can't fire more often than once a minute; five keeps the badge fresh at little cost. */
const PERIOD_MINUTES = 5;

const BADGE_COLORS = { red: '#c5221f', amber: '#b06000' } as const;

/** Notification buttons, in order: Chrome reports the clicked button by index. */
export const SNOOZE_BUTTONS = [
  { kind: 'hour', title: () => i18n.t('background.snoozeHour') },
  { kind: 'tomorrow', title: () => i18n.t('background.snoozeTomorrow') },
] as const;

/** A notification's snooze button: the case stays quiet until then (the badge still counts it). */
export async function snoozeFromNotification(db: RescueDb, settings: Settings, notificationId: string, buttonIndex: number, now: Date) {
  const button = SNOOZE_BUTTONS[buttonIndex];
  if (!button || !notificationId.startsWith('case:')) return;
  await updateCase(db, notificationId.slice('case:'.length), { snoozedUntil: snoozeUntil(button.kind, now, settings.working) }, now);
  await browser.notifications.clear(notificationId);
}

const lastNotifiedItem = storage.defineItem<Record<string, string>>('local:lastNotified', { fallback: {} });

export async function ensureReminderAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (!existing) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
}

export async function openCasesAndThreads(db: RescueDb) {
  const cases = (await db.cases.where('outcome').equals('open').toArray()).filter((c) => !c.deletedAt);
  // Only unanswered escalation-level threads without a case can fall due on their own.
  const threads = (await db.threads.toArray()).filter(
    (t) => t.level === 'escalation' && !t.caseId && !t.dismissed && !t.repliedAt,
  );
  return { cases, threads };
}

export async function refreshReminders(db: RescueDb, settings: Settings, now: Date): Promise<void> {
  const { cases, threads } = await openCasesAndThreads(db);
  const clientNames = new Map((await db.clients.toArray()).map((c) => [c.id, c.name]));
  const nameOf = (c: RescueCase) => `${clientNames.get(c.clientId) ?? i18n.t('background.client')} — ${c.title}`;
  const badge = badgeFor(cases, threads, settings.working, now, { nameOf });
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.color) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.color] });
  await browser.action.setTitle({ title: badge.title });

  if (!settings.notifications) return;
  const state = { lastNotified: await lastNotifiedItem.getValue() };
  const notices = notificationsToSend(cases, state, settings.working, now);
  const clientOf = new Map(cases.map((c) => [c.id, clientNames.get(c.clientId) ?? i18n.t('background.clientInSentence')]));
  for (const notice of notices) {
    await browser.notifications.create(`case:${notice.caseId}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('background.overdueTitle', [clientOf.get(notice.caseId) ?? '']),
      message: i18n.t('background.overdueMessage', [notice.title]),
      priority: 1,
      // Firefox notifications have no buttons; snoozing is in the popup and the dashboard there.
      ...(import.meta.env.FIREFOX ? {} : { buttons: SNOOZE_BUTTONS.map((b) => ({ title: b.title() })) }),
    });
  }
  if (notices.length > 0) await lastNotifiedItem.setValue(recordNotified(state, notices, now).lastNotified);
}
