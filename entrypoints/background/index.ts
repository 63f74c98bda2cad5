import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { RescueDb } from '../../lib/cases/db';
import { restampDueTimes } from '../../lib/cases/due-times';
import { toStorageError, StorageError } from '../../lib/cases/errors';
import { isCommandName } from '../../lib/commands';
import { createRouter } from '../../lib/messaging/router';
import { onDataChange } from '../../lib/messaging/changes';
import { announceWrites } from '../../lib/messaging/announce-writes';
import { KEEP_WARM_PORT } from '../../lib/messaging/keep-warm';
import { createWarmUp } from '../../lib/tone/warm-up';
import { getSettings, watchSettings } from '../../lib/settings/store';
import { createInjector } from './inject';
import { createHandlers } from './handlers';
import { createNlpLoader } from './nlp-loader';
import { ensureReminderAlarm, REMINDER_ALARM, refreshReminders, snoozeFromNotification } from './reminders';

function dashboardUrl(hash: string): string {
  return browser.runtime.getURL('/dashboard.html') + (hash ? `#${hash}` : '');
}

// A classic worker, not a module one: only a classic service worker can load a script later
// (importScripts), which is how the language module stays out of the worker's start (nlp-loader.ts).
export default defineBackground({
  // Listeners are registered synchronously in main(): a worker woken by an event must find them at once.
  main() {
    const db = new RescueDb();
    const nlp = createNlpLoader();
    const warmUp = createWarmUp();
    announceWrites(db);
    const reminders = () => getSettings().then((s) => refreshReminders(db, s, new Date()));

    const router = createRouter(
      createHandlers({
        db,
        settings: getSettings,
        now: () => new Date(),
        openDashboard: async (hash) => {
          await browser.tabs.create({ url: dashboardUrl(hash) });
        },
        nlp,
        warmUp,
      }),
      {
        extensionId: browser.runtime.id,
        toStorageError: (e) => {
          const storageError = toStorageError(e);
          return storageError instanceof StorageError ? storageError.userMessage : null;
        },
      },
    );
    browser.runtime.onMessage.addListener((message, sender) => router.listener(message, sender));
    // Mail tabs hold this port open while visible; its pings keep the analyser loaded (see keep-warm.ts).
    // A visible tab whose worker had slept connects again without loading the page: warm up for it too.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== KEEP_WARM_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
      else setTimeout(warmUp, 0);
    });

    // Writes from any context (this worker, the dashboard, the popup) are announced on one storage key;
    // a storage event also wakes a stopped worker, so the badge follows every change.
    onDataChange(() => void reminders(), new AbortController().signal);

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void reminders();
    });
    const injector = createInjector(() => getSettings().then((s) => s.extraOutlookOrigins));
    browser.tabs.onUpdated.addListener(injector.onTabUpdated);
    watchSettings((next, previous) => {
      // An Outlook server just added (saved after its permission was granted) gets the sidebar in its open
      // tabs. Only then: each injection runs a claim in every open mail tab.
      if (next.extraOutlookOrigins.some((o) => !previous.extraOutlookOrigins.includes(o))) void injector.injectOpenTabs();
      // New working hours move every open case's due time: the stored ones follow, then the badge.
      void restampDueTimes(db, next.working)
        .catch(() => 0)
        .then(reminders);
    }, new AbortController().signal);
    // Access granted to a mail site (Firefox asks for host access after install) reaches its open tabs too.
    browser.permissions.onAdded.addListener(() => void injector.injectOpenTabs());
    browser.runtime.onStartup.addListener(() => void ensureReminderAlarm().then(reminders));
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void ensureReminderAlarm().then(reminders);
      void injector.injectOpenTabs();
      // First install only (not updates or browser updates): the welcome page explains and asks for a name.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });

    browser.notifications.onClicked.addListener((id) => {
      const caseId = id.startsWith('case:') ? id.slice(5) : '';
      void browser.tabs.create({ url: dashboardUrl(new URLSearchParams({ case: caseId }).toString()) });
      void browser.notifications.clear(id);
    });

    browser.notifications.onButtonClicked?.addListener((id, index) => {
      void getSettings().then((s) => snoozeFromNotification(db, s, id, index, new Date()));
    });

    // Shortcuts act on the mail tab they were pressed in; the tab's content script does the work.
    browser.commands.onCommand.addListener((command, tab) => {
      if (isCommandName(command) && tab?.id !== undefined) {
        void browser.tabs.sendMessage(tab.id, { crCommand: command }).catch(() => undefined);
      }
    });
  },
});
