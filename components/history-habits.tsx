import { useId } from 'react';
import { SUGGESTED_GOAL } from './insights-goal';
import { t, tn } from '@/shared/i18n';

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
      <p className="hint">{t('habits.hint')}</p>
      <div>
        <label htmlFor={goalId}>{t('habits.goal')}</label>{' '}
        <select
          id={goalId}
          value={props.goal ?? ''}
          onChange={(e) => props.onGoalChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('habits.noGoal')}</option>
          {[1, 2, 3, 4, 5, 7, 10].map((n) => (
            <option key={n} value={n}>
              {n === SUGGESTED_GOAL ? tn('habits.perWeekSuggested', n) : tn('habits.perWeek', n)}
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
        {t('habits.badge')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={props.notifyNewItems}
          onChange={(e) => props.onNotifyNewItemsChange(e.target.checked)}
        />
        {t('habits.notify')}
      </label>
      <p>
        <button type="button" onClick={props.onOpenHistory}>
          {t('popup.history')}
        </button>{' '}
        <span className="hint">{t('habits.historyHint')}</span>
      </p>
    </>
  );
}
