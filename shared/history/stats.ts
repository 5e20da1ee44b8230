import { addWeeksTo, lastWeekStarts, weekStart, type WeekOptions } from './weeks';

export interface WeekCount {
  /** Epoch ms of the week's first midnight. */
  start: number;
  count: number;
}

export interface Tally {
  key: string;
  label: string;
  count: number;
}

export interface Insights {
  weeks: WeekCount[];
  total: number;
  topTags: Tally[];
  topFeeds: Tally[];
  /** 0–1 over the period; null without shares. */
  averageOwnWords: number | null;
}

export const INSIGHT_WEEKS = 12;

/** Shares per week for the weeks starting at `starts` (ascending); times outside them are ignored. */
export function countByWeek(times: Iterable<number>, starts: number[], opts: WeekOptions): WeekCount[] {
  const index = new Map(starts.map((start, i) => [start, i]));
  const counts = starts.map((start) => ({ start, count: 0 }));
  for (const t of times) {
    const i = index.get(weekStart(t, opts));
    if (i !== undefined) counts[i]!.count++;
  }
  return counts;
}

function top(counts: Map<string, Tally>, limit: number): Tally[] {
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

interface StatShare {
  createdAt: number;
  tags: string[];
  feedUrl: string;
  feedTitle?: string;
  ownWords: number;
}

/** Everything the insights panel shows about the last `weeks` weeks, from the shares made in them. */
export function computeInsights(
  shares: StatShare[],
  now: number,
  opts: WeekOptions,
  weeks = INSIGHT_WEEKS,
  limit = 5,
): Insights {
  const starts = lastWeekStarts(now, weeks, opts);
  const from = starts[0]!;
  const inPeriod = shares.filter((s) => s.createdAt >= from && s.createdAt <= now);
  const tags = new Map<string, Tally>();
  const feeds = new Map<string, Tally>();
  let ownWords = 0;
  for (const share of inPeriod) {
    for (const tag of new Set(share.tags)) {
      const t = tags.get(tag) ?? { key: tag, label: tag, count: 0 };
      t.count++;
      tags.set(tag, t);
    }
    const f = feeds.get(share.feedUrl) ?? {
      key: share.feedUrl,
      label: share.feedTitle ?? share.feedUrl,
      count: 0,
    };
    f.count++;
    feeds.set(share.feedUrl, f);
    ownWords += share.ownWords;
  }
  return {
    weeks: countByWeek(
      inPeriod.map((s) => s.createdAt),
      starts,
      opts,
    ),
    total: inPeriod.length,
    topTags: top(tags, limit),
    topFeeds: top(feeds, limit),
    averageOwnWords: inPeriod.length ? ownWords / inPeriod.length : null,
  };
}

/**
 * Weeks in a row the goal was met, counting back from the current week. The current week only
 * adds to the streak once met; while it is still under way it does not break it.
 * `weeks`: ascending, the last is the current week.
 */
export function goalStreak(weeks: WeekCount[], goal: number): { streak: number; reachedStart: boolean } {
  if (goal <= 0 || weeks.length === 0) return { streak: 0, reachedStart: false };
  let streak = 0;
  const last = weeks.length - 1;
  if (weeks[last]!.count >= goal) streak++;
  for (let i = last - 1; i >= 0; i--) {
    if (weeks[i]!.count < goal) return { streak, reachedStart: false };
    streak++;
  }
  return { streak, reachedStart: true };
}

/**
 * The streak when it may go back further than the weeks at hand: asks `countWeek` for earlier
 * weeks one at a time (an indexed count each) until one falls short. Stops after `maxWeeks`.
 */
export async function fullGoalStreak(
  recent: WeekCount[],
  goal: number,
  opts: WeekOptions,
  countWeek: (start: number, end: number) => Promise<number>,
  maxWeeks = 520,
): Promise<number> {
  const recentStreak = goalStreak(recent, goal);
  let streak = recentStreak.streak;
  if (!recentStreak.reachedStart || recent.length === 0) return streak;
  let start = recent[0]!.start;
  for (let n = recent.length; n < maxWeeks; n++) {
    const previous = addWeeksTo(start, -1, opts);
    if ((await countWeek(previous, start)) < goal) break;
    streak++;
    start = previous;
  }
  return streak;
}
