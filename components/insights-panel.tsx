import type { Insights, Tally } from '@/shared/history/stats';
import { percent } from './history-labels';
import { InsightsChart } from './insights-chart';
import { InsightsGoal } from './insights-goal';

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
        <p className="hint">None yet.</p>
      ) : (
        <ol>
          {tallies.map((t) => (
            <li key={t.key}>
              {t.label} <span className="hint">({t.count})</span>
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
      <p className="hint">Computed on this computer from your own history. Nobody else sees these numbers.</p>
      <h3>Shares per week</h3>
      <InsightsChart weeks={insights.weeks} goal={goal} />
      <p>
        {insights.total} {insights.total === 1 ? 'share' : 'shares'} in the last {insights.weeks.length} weeks
        {insights.averageOwnWords !== null && (
          <>
            , on average <strong>{percent(insights.averageOwnWords)}</strong> in your own words
          </>
        )}
        .
      </p>
      <InsightsGoal goal={goal} thisWeek={thisWeek} streak={insights.streak} onGoalChange={onGoalChange} />
      <div className="insights-lists">
        <TallyList title="Most-shared tags" tallies={insights.topTags} />
        <TallyList title="Most-shared feeds" tallies={insights.topFeeds} />
      </div>
    </div>
  );
}
