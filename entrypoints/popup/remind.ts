import type { ItemView } from '@/components/feed-view';
import { requestNotifications } from '@/shared/platform/notifications';
import { scheduleReminderAlarm } from '@/shared/platform/reminders';
import { addReminder } from '@/storage/reminders';

const when = new Intl.DateTimeFormat(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' });

/**
 * "Remind me" from the composer. Must be called straight from the click: the permission prompt
 * only shows during the employee's gesture, so it is asked for before anything is awaited.
 */
export function remindAbout(
  item: Pick<ItemView, 'feedUrl' | 'id' | 'title'>,
  at: number,
): Promise<{ ok: true; message: string } | { ok: false; reason: string }> {
  const permission = requestNotifications();
  const reminder = {
    id: crypto.randomUUID(),
    feedUrl: item.feedUrl,
    itemId: item.id,
    itemTitle: item.title ?? 'an item',
    at,
  };
  return (async () => {
    // Scheduled whatever the answer: without notifications the item still waits in the popup.
    try {
      await addReminder(reminder);
      await scheduleReminderAlarm(reminder);
    } catch {
      return { ok: false as const, reason: "Couldn't set the reminder. Try again." };
    }
    const granted = await permission;
    return {
      ok: true as const,
      message: granted
        ? `I'll remind you ${when.format(at)}.`
        : `Set for ${when.format(at)}. Notifications are off, so the item will be waiting the next time you open Ownvoice.`,
    };
  })();
}
