import { InsightsPanel } from '@/components/insights-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useNow } from '@/components/use-now';
import { logger } from '@/shared/logger';
import type { WeekOptions } from '@/shared/history/weeks';
import type { HistoryRepository } from '@/storage/history-repository';
import { weeklyGoalItem } from '@/storage/settings';
import { useInsights } from '@/storage/use-history';
import { useStorageItem } from '@/storage/use-storage-item';

export function InsightsTab({ repo, weeks }: { repo: HistoryRepository; weeks: WeekOptions }) {
  const now = useNow(60_000);
  const goal = useStorageItem(weeklyGoalItem);
  const insights = useInsights(repo, now, weeks, goal);
  if (insights === undefined || goal === undefined) return <LoadingSkeleton rows={3} />;
  return (
    <InsightsPanel
      insights={insights}
      goal={goal}
      onGoalChange={(next) =>
        weeklyGoalItem.setValue(next).catch((e: unknown) => logger.error('Saving the weekly goal', e))
      }
    />
  );
}
