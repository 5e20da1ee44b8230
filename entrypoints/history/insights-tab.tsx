import { InsightsPanel } from '@/components/insights-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { logger } from '@/shared/logger';
import type { Insights } from '@/shared/history/stats';
import { weeklyGoalItem } from '@/storage/settings';

export interface InsightsTabProps {
  /** Read by the page ahead of time (see app.tsx); undefined while loading. */
  insights: (Insights & { streak: number }) | undefined;
  goal: number | null | undefined;
}

export function InsightsTab({ insights, goal }: InsightsTabProps) {
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
