import { useId } from 'react';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface InsightsGoalProps {
  /** Shares a week; null: no goal. */
  goal: number | null;
  thisWeek: number;
  streak: number;
  onGoalChange: (goal: number | null) => void;
}

export const SUGGESTED_GOAL = 2;

/** A goal the employee sets for themselves, if they want one: progress this week and the weeks in a row. */
export function InsightsGoal({ goal, thisWeek, streak, onGoalChange }: InsightsGoalProps) {
  const id = useId();
  return (
    <div className="insights-goal">
      <label htmlFor={id}>{t('habits.goal')}</label>{' '}
      <select
        id={id}
        value={goal ?? ''}
        onChange={(e) => onGoalChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('habits.noGoal')}</option>
        {[1, 2, 3, 4, 5, 7, 10].map((n) => (
          <option key={n} value={n}>
            {n === SUGGESTED_GOAL ? tn('habits.perWeekSuggested', n) : tn('habits.perWeek', n)}
          </option>
        ))}
      </select>
      {goal === null ? (
        <p className="hint">{t('goal.none')}</p>
      ) : (
        <>
          <p>
            <progress max={goal} value={Math.min(thisWeek, goal)} aria-label={t('goal.progress')} />{' '}
            {thisWeek >= goal
              ? t('goal.met', { done: formatNumber(thisWeek), goal: formatNumber(goal) })
              : t('goal.progressText', { done: formatNumber(thisWeek), goal: formatNumber(goal) })}
          </p>
          <p>{streak === 0 ? t('goal.noStreak') : tn('goal.streak', streak)}</p>
        </>
      )}
    </div>
  );
}
