import { useId } from 'react';
import { SUGGESTED_GOAL } from './insights-goal';

export interface HistoryHabitsProps {
  goal: number | null;
  badge: boolean;
  notifyNewItems: boolean;
  onGoalChange: (goal: number | null) => void;
  onBadgeChange: (on: boolean) => void;
  /** Called straight from the click, so the page can ask for the notifications permission. */
  onNotifyNewItemsChange: (on: boolean) => void;
  onOpenHistory: () => void;
}

/** The habit the employee chose for themselves, and how Ownvoice may nudge them. */
export function HistoryHabits(props: HistoryHabitsProps) {
  const goalId = useId();
  return (
    <>
      <p className="hint">
        Only you see these. Ownvoice never compares you with colleagues or tells anyone how often you share.
      </p>
      <div>
        <label htmlFor={goalId}>Weekly goal</label>{' '}
        <select
          id={goalId}
          value={props.goal ?? ''}
          onChange={(e) => props.onGoalChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">No goal</option>
          {[1, 2, 3, 4, 5, 7, 10].map((n) => (
            <option key={n} value={n}>
              {n} a week{n === SUGGESTED_GOAL ? ' (suggested)' : ''}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={props.badge}
          onChange={(e) => props.onBadgeChange(e.target.checked)}
        />
        Show the number of new items on the toolbar button
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={props.notifyNewItems}
          onChange={(e) => props.onNotifyNewItemsChange(e.target.checked)}
        />
        Notify me when new items arrive
      </label>
      <p>
        <button type="button" onClick={props.onOpenHistory}>
          My history
        </button>{' '}
        <span className="hint">Everything you shared, your insights, a report, export and erase.</span>
      </p>
    </>
  );
}
