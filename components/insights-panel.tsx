import type { Insights, Tally } from '@/shared/history/stats';
import { percent } from './history-labels';
import { InsightsChart } from './insights-chart';
import { InsightsGoal } from './insights-goal';
import { t, tn } from '@/shared/i18n';

export interface InsightsPanelProps {
  insights: Insights & { streak: number };
  goal: number | null;
  onGoalChange: (goal: number | null) => void;
}

function TallyList({ title, tallies }: { title: string; tallies: Tally[] }) {
  return (
    <section className="insights-list" aria-label={title}>
      <h3>{title}</h3>
      {tallies.length === 0 ? (
        <p className="hint">{t('insights.noneYet')}</p>
      ) : (
        <ol>
          {tallies.map((tally) => (
            <li key={tally.key}>
              <bdi>{tally.label}</bdi> <span className="hint">({tally.count})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Your own numbers, computed on this computer; nobody else sees them and nobody is ranked. */
export function InsightsPanel({ insights, goal, onGoalChange }: InsightsPanelProps) {
  const thisWeek = insights.weeks.at(-1)?.count ?? 0;
  return (
    <div className="insights">
      <p className="hint">{t('insights.hint')}</p>
      <h3>{t('insights.perWeek')}</h3>
      <InsightsChart weeks={insights.weeks} goal={goal} />
      <p>
        {tn('insights.total', insights.total, { weeks: insights.weeks.length })}{' '}
        {insights.averageOwnWords !== null &&
          t('insights.average', { percent: percent(insights.averageOwnWords) })}
      </p>
      <InsightsGoal goal={goal} thisWeek={thisWeek} streak={insights.streak} onGoalChange={onGoalChange} />
      <div className="insights-lists">
        <TallyList title={t('insights.topTags')} tallies={insights.topTags} />
        <TallyList title={t('insights.topFeeds')} tallies={insights.topFeeds} />
      </div>
    </div>
  );
}
