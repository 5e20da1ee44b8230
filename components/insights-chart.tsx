import type { WeekCount } from '@/shared/history/stats';
import { shortDate } from './history-labels';
import { t } from '@/shared/i18n';

export interface InsightsChartProps {
  weeks: WeekCount[];
  /** Drawn as a dashed line when set. */
  goal: number | null;
}

const WIDTH = 480;
const HEIGHT = 140;
const PAD = { top: 10, bottom: 22, left: 24, right: 6 };

/** Shares per week as bars; a table with the same numbers for screen readers. */
export function InsightsChart({ weeks, goal }: InsightsChartProps) {
  const max = Math.max(1, goal ?? 0, ...weeks.map((w) => w.count));
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, weeks.length);
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  return (
    <figure className="insights-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('insights.chartLabel')}
        aria-hidden="true"
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" className="tick">
          {max}
        </text>
        {weeks.map((w, i) => (
          <g key={w.start}>
            <rect
              x={PAD.left + i * slot + slot * 0.15}
              width={slot * 0.7}
              y={y(w.count)}
              height={y(0) - y(w.count)}
              className={goal && w.count >= goal ? 'bar met' : 'bar'}
            >
              <title>{`${shortDate(w.start)}: ${w.count}`}</title>
            </rect>
            {(i % 3 === 0 || i === weeks.length - 1) && (
              <text x={PAD.left + i * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="tick">
                {shortDate(w.start)}
              </text>
            )}
          </g>
        ))}
        {goal !== null && goal > 0 && (
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(goal)} y2={y(goal)} className="goal-line" />
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{t('insights.perWeek')}</caption>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{shortDate(w.start)}</th>
              <td>{w.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
