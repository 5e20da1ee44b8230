import { browser } from 'wxt/browser';
import { logger } from '@/shared/logger';
import { setBadgeCount } from '@/shared/platform/badge';
import { showNotification } from '@/shared/platform/notifications';
import { createReminderHandlers, openPopupTab, type ReminderHandlers } from '@/shared/platform/reminders';
import type { OwnvoiceDB } from '@/storage/db';
import { watchNewItems } from '@/storage/new-items';
import { takeReminder } from '@/storage/reminders';
import { openItemItem } from '@/storage/settings';
import { t, tn } from '@/shared/i18n';

const NEW_ITEMS_NOTIFICATION = 'new-items';

/**
 * "My history" in the background: reminders (alarm → notification → composer) and the toolbar
 * badge of new items. Registered synchronously, like every listener of a service worker.
 */
export function startHistoryServices(db: OwnvoiceDB): ReminderHandlers {
  const reminders = createReminderHandlers({
    take: takeReminder,
    remember: (item) => openItemItem.setValue(item),
    openPopup: openPopupTab,
    notify: showNotification,
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    reminders.onAlarm(alarm.name).catch((e: unknown) => logger.error('reminder', e));
  });

  // The notifications API exists only once the optional permission is granted, now or later.
  let listening = false;
  const listenToClicks = () => {
    const notifications = (browser as { notifications?: typeof browser.notifications }).notifications;
    if (listening || !notifications) return;
    listening = true;
    notifications.onClicked.addListener((id) => {
      const open = id === NEW_ITEMS_NOTIFICATION ? openPopupTab() : reminders.onNotificationClicked(id);
      open.catch((e: unknown) => logger.error('opening from a notification', e));
      notifications.clear(id).catch(() => undefined);
    });
  };
  listenToClicks();
  browser.permissions.onAdded.addListener(listenToClicks);

  watchNewItems(db, {
    setBadge: setBadgeCount,
    notify: (count) =>
      showNotification(NEW_ITEMS_NOTIFICATION, t('newItems.title'), tn('newItems.body', count)),
  });

  // Reachable from the service worker's console (and the e2e test): the same handlers the listeners call.
  (globalThis as { ownvoiceReminders?: ReminderHandlers }).ownvoiceReminders = reminders;
  return reminders;
}
