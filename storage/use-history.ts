import { useLiveQuery } from 'dexie-react-hooks';
import { buildReport, type Report } from '@/shared/history/report';
import type { Insights } from '@/shared/history/stats';
import type { WeekOptions } from '@/shared/history/weeks';
import type { ShareRecord } from './db';
import type { HistoryFacets, HistoryFilter, HistoryRepository } from './history-repository';

/** Ids of the shares matching `filter`, newest first, live; undefined until the first answer. */
export function useHistoryIds(repo: HistoryRepository, filter: HistoryFilter): string[] | undefined {
  return useLiveQuery(
    () => repo.matchingIds(filter),
    // The filter's fields, not its identity: a new object with the same values asks nothing new.
    [repo, filter.query, filter.from, filter.to, filter.channel, filter.status, filter.feedUrl, filter.tag],
  );
}

/** The records of the rows on screen, live, keyed by id. */
export function useHistoryRows(repo: HistoryRepository, ids: string[]): Map<string, ShareRecord> | undefined {
  const key = ids.join('\n');
  return useLiveQuery(async () => {
    const rows = await repo.get(ids);
    return new Map(rows.filter((r): r is ShareRecord => r !== undefined).map((r) => [r.id, r]));
  }, [repo, key]);
}

/** The newest entries, for the first screen while the full list loads. */
export function useNewestShares(repo: HistoryRepository, limit: number): ShareRecord[] | undefined {
  return useLiveQuery(() => repo.newest(limit), [repo, limit]);
}

export function useHistoryFacets(repo: HistoryRepository): HistoryFacets | undefined {
  return useLiveQuery(() => repo.facets(), [repo]);
}

export function useHistoryCount(repo: HistoryRepository): number | undefined {
  return useLiveQuery(() => repo.count(), [repo]);
}

export function useInsights(
  repo: HistoryRepository,
  now: number,
  opts: WeekOptions,
  goal: number | null | undefined,
): (Insights & { streak: number }) | undefined {
  return useLiveQuery(
    () => (goal === undefined ? undefined : repo.insights(now, opts, goal)),
    [repo, now, opts.weekStartsOn, opts.timeZone, goal],
  );
}

/** "My report" for a period, live. */
export function useReport(repo: HistoryRepository, from: number, to: number): Report | undefined {
  return useLiveQuery(async () => buildReport(await repo.between(from, to), { from, to }), [repo, from, to]);
}
