import { useId } from 'react';

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
      <label htmlFor={id}>Weekly goal</label>{' '}
      <select
        id={id}
        value={goal ?? ''}
        onChange={(e) => onGoalChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">No goal</option>
        {[1, 2, 3, 4, 5, 7, 10].map((n) => (
          <option key={n} value={n}>
            {n} a week{n === SUGGESTED_GOAL ? ' (suggested)' : ''}
          </option>
        ))}
      </select>
      {goal === null ? (
        <p className="hint">No goal set. Some people like two shares a week; it is entirely up to you.</p>
      ) : (
        <>
          <p>
            <progress max={goal} value={Math.min(thisWeek, goal)} aria-label="This week's progress" />{' '}
            {thisWeek >= goal
              ? `Goal met this week (${thisWeek} of ${goal}).`
              : `${thisWeek} of ${goal} this week.`}
          </p>
          <p>
            {streak === 0
              ? 'No streak yet.'
              : `${streak} ${streak === 1 ? 'week' : 'weeks'} in a row with your goal met.`}
          </p>
        </>
      )}
    </div>
  );
}
