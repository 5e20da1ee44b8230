import { browser } from 'wxt/browser';
import { HistoryHabits } from '@/components/history-habits';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { logger } from '@/shared/logger';
import { requestNotifications } from '@/shared/platform/notifications';
import { badgeEnabledItem, newItemsNotifyItem, weeklyGoalItem } from '@/storage/settings';
import { useStorageItem } from '@/storage/use-storage-item';
import { t } from '@/shared/i18n';

function saving(what: string) {
  return (error: unknown) => logger.error(`Saving ${what}`, error);
}

/** Options: "Habits and reminders" (goal, badge, new-item notifications) and the way to "My history". */
export function HabitsSection() {
  const goal = useStorageItem(weeklyGoalItem);
  const badge = useStorageItem(badgeEnabledItem);
  const notify = useStorageItem(newItemsNotifyItem);
  return (
    <section aria-labelledby="habits-title">
      <h2 id="habits-title">{t('habits.title')}</h2>
      {goal === undefined || badge === undefined || notify === undefined ? (
        <LoadingSkeleton rows={2} />
      ) : (
        <HistoryHabits
          goal={goal}
          badge={badge}
          notifyNewItems={notify}
          onGoalChange={(v) => weeklyGoalItem.setValue(v).catch(saving('the weekly goal'))}
          onBadgeChange={(v) => badgeEnabledItem.setValue(v).catch(saving('the badge setting'))}
          onNotifyNewItemsChange={(on) => {
            if (!on) {
              newItemsNotifyItem.setValue(false).catch(saving('notifications'));
              return;
            }
            // Asked from the click itself, before anything is awaited.
            requestNotifications()
              .then((granted) => newItemsNotifyItem.setValue(granted))
              .catch(saving('notifications'));
          }}
          onOpenHistory={() => {
            browser.tabs
              .create({ url: browser.runtime.getURL('/history.html') })
              .catch((error: unknown) => logger.error('Opening my history', error));
          }}
        />
      )}
    </section>
  );
}
