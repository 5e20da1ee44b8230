import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildReport, type Report } from '@/shared/history/report';
import type { Insights } from '@/shared/history/stats';
import type { WeekOptions } from '@/shared/history/weeks';
import type { ShareRecord } from './db';
import type { HistoryFacets, HistoryFilter, HistoryMatches, HistoryRepository } from './history-repository';

/**
 * The shares matching `filter` (ids newest first, and the records already read), live; undefined
 * until the first answer, and while `enabled` is false (IndexedDB serves one page's reads one
 * after another, so the long read of every id waits until the first screen's small read answers).
 */
export function useHistoryMatches(
  repo: HistoryRepository,
  filter: HistoryFilter,
  enabled = true,
): HistoryMatches | undefined {
  // A run nobody will read (the filter or the data changed and a new run began, or the list
  // left the page) stops between windows instead of holding IndexedDB for a long history.
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);
  return useLiveQuery(
    () => {
      running.current?.abort();
      if (!enabled) return undefined;
      const controller = new AbortController();
      running.current = controller;
      return repo.matching(filter, controller.signal);
    },
    // The filter's fields, not its identity: a new object with the same values asks nothing new.
    [
      repo,
      enabled,
      filter.query,
      filter.from,
      filter.to,
      filter.channel,
      filter.status,
      filter.feedUrl,
      filter.tag,
    ],
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

export function useHistoryFacets(repo: HistoryRepository, enabled = true): HistoryFacets | undefined {
  return useLiveQuery(() => (enabled ? repo.facets() : undefined), [repo, enabled]);
}

/** Counting 50,000 entries takes IndexedDB a few hundred ms: `enabled` lets the first screen go first. */
export function useHistoryCount(repo: HistoryRepository, enabled = true): number | undefined {
  return useLiveQuery(() => (enabled ? repo.count() : undefined), [repo, enabled]);
}

/** The insights and the goal streak, live; undefined until the goal is known, and while not `enabled`. */
export function useInsights(
  repo: HistoryRepository,
  now: number,
  opts: WeekOptions,
  goal: number | null | undefined,
  enabled = true,
): (Insights & { streak: number }) | undefined {
  return useLiveQuery(
    () => (goal === undefined || !enabled ? undefined : repo.insights(now, opts, goal)),
    [repo, now, opts.weekStartsOn, opts.timeZone, goal, enabled],
  );
}

/** "My report" for a period, live. */
export function useReport(repo: HistoryRepository, from: number, to: number): Report | undefined {
  return useLiveQuery(async () => buildReport(await repo.between(from, to), { from, to }), [repo, from, to]);
}
