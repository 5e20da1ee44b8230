import type { ItemView } from '@/components/feed-view';
import { requestNotifications } from '@/shared/platform/notifications';
import { scheduleReminderAlarm } from '@/shared/platform/reminders';
import { addReminder } from '@/storage/reminders';
import { t, uiLocale } from '@/shared/i18n';

const whenFormat = () =>
  new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', hour: 'numeric', minute: '2-digit' });

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
    itemTitle: item.title ?? t('remind.anItem'),
    at,
  };
  return (async () => {
    // Scheduled whatever the answer: without notifications the item still waits in the popup.
    try {
      await addReminder(reminder);
      await scheduleReminderAlarm(reminder);
    } catch {
      return { ok: false as const, reason: t('remind.failed') };
    }
    const granted = await permission;
    return {
      ok: true as const,
      message: granted
        ? t('remind.willRemind', { when: whenFormat().format(at) })
        : t('remind.setNoNotifications', { when: whenFormat().format(at) }),
    };
  })();
}
