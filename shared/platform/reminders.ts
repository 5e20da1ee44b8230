import { browser } from 'wxt/browser';
import { t } from '../i18n';

export const REMINDER_PREFIX = 'reminder:';

/** What a reminder needs to be shown and to open its item. */
export interface ReminderLike {
  id: string;
  feedUrl: string;
  itemId: string;
  itemTitle: string;
  at: number;
}

export function reminderIdOf(name: string): string | undefined {
  return name.startsWith(REMINDER_PREFIX) ? name.slice(REMINDER_PREFIX.length) : undefined;
}

/** Sets the alarm for a reminder (kept by the browser across restarts of the service worker). */
export async function scheduleReminderAlarm(reminder: ReminderLike, alarms = browser.alarms): Promise<void> {
  await alarms.create(REMINDER_PREFIX + reminder.id, { when: reminder.at });
}

export interface ReminderDeps {
  /** The pending reminder with that id, removed from the list. */
  take: (id: string) => Promise<ReminderLike | undefined>;
  /** Makes the popup open on this item next time (storage/settings.ts `openItemItem`). */
  remember: (item: { feedUrl: string; id: string }) => Promise<void>;
  /** Opens the popup page. */
  openPopup: () => Promise<void>;
  notify: (id: string, title: string, message: string) => Promise<boolean>;
}

/**
 * The background's side of "Remind me": the alarm makes the item the popup's open item and shows a
 * notification; clicking the notification opens the composer on that item. Without the
 * notifications permission the item still waits in the popup; nothing opens by itself.
 */
export function createReminderHandlers(deps: ReminderDeps) {
  const fired = new Map<string, ReminderLike>();
  return {
    /** For `alarms.onAlarm`; true when the alarm was a reminder. */
    async onAlarm(name: string): Promise<boolean> {
      const id = reminderIdOf(name);
      if (!id) return false;
      const reminder = await deps.take(id);
      if (!reminder) return true;
      fired.set(name, reminder);
      await deps.remember({ feedUrl: reminder.feedUrl, id: reminder.itemId });
      await deps.notify(name, t('reminder.title'), t('reminder.body', { title: reminder.itemTitle }));
      return true;
    },
    /** For `notifications.onClicked`. */
    async onNotificationClicked(notificationId: string): Promise<void> {
      if (!reminderIdOf(notificationId)) return;
      const reminder = fired.get(notificationId);
      fired.delete(notificationId);
      // After a service-worker restart the map is empty; the item was remembered when the alarm fired.
      if (reminder) await deps.remember({ feedUrl: reminder.feedUrl, id: reminder.itemId });
      await deps.openPopup();
    },
  };
}

export type ReminderHandlers = ReturnType<typeof createReminderHandlers>;

/** Opens the popup page in a tab (the popup itself can only open from a click on the toolbar). */
export async function openPopupTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
