import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { HistoryFilters } from '@/components/history-filters';
import { HistoryList } from '@/components/history-list';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { logger } from '@/shared/logger';
import { weekStart, type WeekOptions } from '@/shared/history/weeks';
import type { ShareStatus } from '@/shared/share/types';
import type { ShareRecord } from '@/storage/db';
import type { HistoryRepository } from '@/storage/history-repository';
import { useHistoryFacets, useHistoryMatches, useHistoryRows, useNewestShares } from '@/storage/use-history';
import { dayEnd, dayStart } from './days';
import type { HistoryStore } from './store';
import { formatNumber, t, tn } from '@/shared/i18n';

const PREVIEW = 30;

export interface HistoryTabProps {
  repo: HistoryRepository;
  store: HistoryStore;
  weeks: WeekOptions;
  total: number | undefined;
  /** Called once the first rows are on screen (the page then asks for the slower numbers). */
  onFirstRows?: () => void;
  /** Called once the list's own query (every id, or a search) has answered. */
  onListAnswered?: () => void;
}

export function HistoryTab({ repo, store, weeks, total, onFirstRows, onListAnswered }: HistoryTabProps) {
  const filters = useStore(store, (s) => s.filters);
  const setFilters = useStore(store, (s) => s.setFilters);
  const range = useStore(store, (s) => s.range);
  const setRange = useStore(store, (s) => s.setRange);
  const query = useMemo(
    () => ({
      query: filters.query,
      from: dayStart(filters.fromDay),
      to: dayEnd(filters.toDay),
      channel: filters.channel,
      status: filters.status,
      feedUrl: filters.feedUrl,
      tag: filters.tag,
    }),
    [filters],
  );
  const filtered =
    filters.query.trim() !== '' || Object.entries(filters).some(([k, v]) => k !== 'query' && v !== undefined);
  // Reading every id of a long history takes a moment; the newest entries show meanwhile, and
  // are asked for first so they are not queued behind the long read.
  const newest = useNewestShares(repo, PREVIEW);
  const matches = useHistoryMatches(repo, query, newest !== undefined || filtered);
  const allIds = matches?.ids;
  const preview = useMemo(
    () => (allIds === undefined && !filtered && newest ? newest : undefined),
    [allIds, filtered, newest],
  );
  const ids = useMemo(() => allIds ?? preview?.map((s) => s.id), [allIds, preview]);
  const visibleIds = useMemo(() => (ids ?? []).slice(range[0], range[1]), [ids, range]);
  const loaded = useHistoryRows(repo, visibleIds);
  // Until the rows on screen are read (they may queue behind the longer reads), entries already
  // read (the newest, a search's matches; live too) stand in, so rows neither wait nor blink.
  const rows = useMemo(() => {
    if (!newest && !matches?.records.length) return loaded;
    const merged = new Map<string, ShareRecord>();
    for (const share of newest ?? []) merged.set(share.id, share);
    for (const share of matches?.records ?? []) merged.set(share.id, share);
    loaded?.forEach((row, id) => merged.set(id, row));
    return merged;
  }, [loaded, newest, matches]);
  const facets = useHistoryFacets(repo, newest !== undefined);
  useEffect(() => {
    if (newest !== undefined) onFirstRows?.();
  }, [newest, onFirstRows]);
  useEffect(() => {
    if (matches !== undefined) onListAnswered?.();
  }, [matches, onListAnswered]);
  const weekOf = useCallback((ms: number) => weekStart(ms, weeks), [weeks]);

  const onStatusChange = useCallback(
    (id: string, status: ShareStatus) => {
      repo.setStatus(id, status).catch((e: unknown) => logger.error('Changing a status', e));
    },
    [repo],
  );
  const onDelete = useCallback(
    (id: string) => {
      repo.remove(id).catch((e: unknown) => logger.error('Deleting an entry', e));
    },
    [repo],
  );

  return (
    <>
      <HistoryFilters
        value={filters}
        feeds={facets?.feeds ?? []}
        tags={facets?.tags ?? []}
        onChange={setFilters}
      />
      {ids === undefined ? (
        <LoadingSkeleton rows={4} />
      ) : total === 0 ? (
        <p className="empty">{t('historyPage.empty')}</p>
      ) : ids.length === 0 ? (
        <p className="empty">{t('historyPage.noMatch')}</p>
      ) : (
        <>
          <p className="hint" role="status">
            {allIds === undefined
              ? total === undefined
                ? '…'
                : tn('historyPage.shares', total)
              : ids.length === total
                ? tn('historyPage.shares', ids.length)
                : total === undefined
                  ? tn('historyPage.sharesFound', ids.length)
                  : tn('historyPage.sharesMatch', total, { shown: formatNumber(ids.length) })}
          </p>
          <HistoryList
            ids={ids}
            rows={rows ?? new Map()}
            weekOf={weekOf}
            onRangeChange={setRange}
            onStatusChange={onStatusChange}
            onDelete={onDelete}
          />
        </>
      )}
    </>
  );
}
