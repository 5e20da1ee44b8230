import type { HistoryEntry } from '@/shared/history/export-format';
import { queryPrefixes, shareWords } from '@/shared/history/search';
import { computeInsights, fullGoalStreak, INSIGHT_WEEKS, type Insights } from '@/shared/history/stats';
import { lastWeekStarts, type WeekOptions } from '@/shared/history/weeks';
import type { ShareChannel, ShareStatus } from '@/shared/share/types';
import type { OwnvoiceDB, ShareRecord } from './db';

/** What the history page filters by; every field optional. Dates are epoch ms, inclusive. */
export interface HistoryFilter {
  query?: string;
  from?: number;
  to?: number;
  channel?: ShareChannel;
  status?: ShareStatus;
  feedUrl?: string;
  tag?: string;
}

export interface HistoryMatches {
  /** Newest first. */
  ids: string[];
  /** Entries read to answer (a text search reads its candidates): rows can show before their own read. */
  records: ShareRecord[];
}

export interface HistoryFacets {
  feeds: Array<{ url: string; title: string }>;
  tags: string[];
}

export interface ImportResult {
  added: number;
  /** Entries whose id is already in the history (or twice in the file): kept as they are. */
  skipped: number;
}

/**
 * The history page's queries. Every filter is answered by an index (createdAt range, channel,
 * status, feedUrl, tags, words); the matching ids are intersected in memory and only the rows on
 * screen are read. The extension pages write here directly (status, delete, import, erase): they
 * are the extension's own origin, like the background that records new shares.
 */
export function createHistoryRepository(db: OwnvoiceDB) {
  const shares = db.shares;

  /** Up to this many entries with the rarest search word are read and checked in memory. */
  const CANDIDATES_TO_READ = 5000;
  /** A long read is cut into windows of about this many entries, starting with a week. */
  const WINDOW_ENTRIES = 2000;
  const FIRST_WINDOW = 7 * 86_400_000;

  function matches(share: ShareRecord, filter: HistoryFilter, prefixes: string[]): boolean {
    if (filter.from !== undefined && share.createdAt < filter.from) return false;
    if (filter.to !== undefined && share.createdAt > filter.to) return false;
    if (filter.channel && share.channel !== filter.channel) return false;
    if (filter.status && share.status !== filter.status) return false;
    if (filter.feedUrl && share.feedUrl !== filter.feedUrl) return false;
    if (filter.tag && !share.tags.includes(filter.tag)) return false;
    const words = share.words ?? shareWords(share);
    return prefixes.every((p) => words.some((w) => w.startsWith(p)));
  }

  /** Newest first; equal times in the order the createdAt index gives them, reversed. */
  const newestFirst = (a: ShareRecord, b: ShareRecord) =>
    b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

  /**
   * Calls `read` on consecutive createdAt windows within [from, to], newest window first. A long
   * history is read as many small requests rather than one: IndexedDB answers a page's requests
   * one after another, so a search or the insights asked for meanwhile wait for one window, not
   * for all 50,000 entries. Windows widen while they come back small and narrow when they don't.
   */
  async function eachWindow(
    from: number,
    to: number,
    read: (lower: number, upper: number, includeUpper: boolean) => Promise<number>,
    signal?: AbortSignal,
  ): Promise<void> {
    const [oldest, newest] = await Promise.all([
      shares.orderBy('createdAt').limit(1).keys(),
      shares.orderBy('createdAt').reverse().limit(1).keys(),
    ]);
    if (oldest[0] === undefined || newest[0] === undefined) return;
    const lo = Math.max(from, oldest[0] as number);
    let upper = Math.min(to, newest[0] as number);
    let includeUpper = true;
    let width = FIRST_WINDOW;
    while (upper >= lo) {
      signal?.throwIfAborted();
      const lower = Math.max(lo, upper - width);
      const got = await read(lower, upper, includeUpper);
      if (lower <= lo) return;
      if (got < WINDOW_ENTRIES / 2) width *= 2;
      else if (got > WINDOW_ENTRIES * 2) width = Math.max(1, width / 2);
      upper = lower;
      includeUpper = false;
    }
  }

  /** Ids in [from, to], newest first (equal times: the index's order, reversed). */
  async function idsByDate(from: number, to: number, signal?: AbortSignal): Promise<string[]> {
    const ids: string[] = [];
    await eachWindow(
      from,
      to,
      async (lower, upper, includeUpper) => {
        // Forward, then reversed here: a forward read is one getAllKeys call in every browser.
        const keys = await shares.where('createdAt').between(lower, upper, true, includeUpper).primaryKeys();
        for (let i = keys.length - 1; i >= 0; i--) ids.push(keys[i]!);
        return keys.length;
      },
      signal,
    );
    return ids;
  }

  /**
   * The distinct values of an index, by skipping from one to the next: a few small requests
   * instead of Dexie's uniqueKeys(), which took IndexedDB ~1 s over 50,000 entries' tags.
   */
  async function distinctKeys(index: 'feedUrl' | 'tags', limit = 1000): Promise<string[]> {
    const keys: string[] = [];
    while (keys.length < limit) {
      const last = keys.at(-1);
      const next = await (last === undefined ? shares.orderBy(index) : shares.where(index).above(last))
        .limit(1)
        .keys();
      if (next.length === 0) break;
      keys.push(next[0] as string);
    }
    return keys;
  }

  /** `signal` stops a read that nobody waits for any more (the filter changed) between windows. */
  async function matching(filter: HistoryFilter, signal?: AbortSignal): Promise<HistoryMatches> {
    const prefixes = queryPrefixes(filter.query ?? '');
    if (prefixes.length > 0) {
      // The longest word typed is usually the rarest: its entries are few enough to read and check.
      const byWord = shares.where('words').startsWith(prefixes[0]!);
      // Counted up to the limit only: a common prefix ("s") would otherwise list most of the history.
      if (
        (
          await byWord
            .clone()
            .limit(CANDIDATES_TO_READ + 1)
            .primaryKeys()
        ).length <= CANDIDATES_TO_READ
      ) {
        // One read of the index range; a bulkGet would be one request per entry (~0.7 ms each).
        // An entry with two words that start with the prefix comes twice.
        const unique = new Map((await byWord.toArray()).map((r) => [r.id, r]));
        const found = [...unique.values()]
          .filter((r) => matches(r, filter, prefixes.slice(1)))
          .sort(newestFirst);
        return { ids: found.map((r) => r.id), records: found };
      }
    }
    const sets: Array<Promise<string[]>> = [];
    if (filter.channel) sets.push(shares.where('channel').equals(filter.channel).primaryKeys());
    if (filter.status) sets.push(shares.where('status').equals(filter.status).primaryKeys());
    if (filter.feedUrl) sets.push(shares.where('feedUrl').equals(filter.feedUrl).primaryKeys());
    if (filter.tag) sets.push(shares.where('tags').equals(filter.tag).primaryKeys());
    for (const prefix of prefixes) sets.push(shares.where('words').startsWith(prefix).primaryKeys());
    const [ordered, ...others] = await Promise.all([
      idsByDate(filter.from ?? -Infinity, filter.to ?? Infinity, signal),
      ...sets,
    ]);
    if (others.length === 0) return { ids: ordered, records: [] };
    const required = others.map((ids) => new Set(ids)).sort((a, b) => a.size - b.size);
    return { ids: ordered.filter((id) => required.every((set) => set.has(id))), records: [] };
  }

  return {
    /** The matching shares: their ids newest first, and the records the search already read. */
    matching,

    /** The records for `ids`, in that order (undefined where one was deleted meanwhile). */
    get: (ids: string[]): Promise<Array<ShareRecord | undefined>> => shares.bulkGet(ids),

    /** How many entries there are, counted window by window (one count of 50,000 holds IndexedDB ~0.4 s). */
    async count(): Promise<number> {
      let total = 0;
      await eachWindow(-Infinity, Infinity, async (lower, upper, includeUpper) => {
        const n = await shares.where('createdAt').between(lower, upper, true, includeUpper).count();
        total += n;
        return n;
      });
      return total;
    },

    /** The newest entries, read at once, to show while the full list of ids loads. */
    newest: (limit: number): Promise<ShareRecord[]> =>
      shares.orderBy('createdAt').reverse().limit(limit).toArray(),

    async facets(): Promise<HistoryFacets> {
      const [feedUrls, tags] = await Promise.all([distinctKeys('feedUrl'), distinctKeys('tags')]);
      const feeds = await Promise.all(
        feedUrls.map(async (url) => {
          const last = await shares.where('feedUrl').equals(url).last();
          return { url, title: last?.feedTitle ?? url };
        }),
      );
      return {
        feeds: feeds.sort((a, b) => a.title.localeCompare(b.title)),
        tags: tags.sort((a, b) => a.localeCompare(b)),
      };
    },

    async setStatus(id: string, status: ShareStatus): Promise<void> {
      await shares.update(id, { status });
    },

    async remove(id: string): Promise<void> {
      await shares.delete(id);
    },

    /** Erases the whole history (after the employee confirmed). */
    async clear(): Promise<void> {
      await shares.clear();
    },

    /** Every entry, oldest first, without derived fields: for export. */
    async all(): Promise<HistoryEntry[]> {
      return shares.orderBy('createdAt').toArray();
    },

    /** Entries made between two times, oldest first: for "My report". */
    between: (from: number, to: number): Promise<ShareRecord[]> =>
      shares.where('createdAt').between(from, to, true, true).toArray(),

    /** Merges validated entries: an id already here is kept as it is. One transaction: all or nothing. */
    async importEntries(entries: HistoryEntry[]): Promise<ImportResult> {
      return db.transaction('rw', shares, async () => {
        const unique = new Map<string, HistoryEntry>();
        for (const entry of entries) if (!unique.has(entry.id)) unique.set(entry.id, entry);
        const present = new Set(
          await shares
            .where('id')
            .anyOf([...unique.keys()])
            .primaryKeys(),
        );
        const fresh = [...unique.values()].filter((e) => !present.has(e.id)).map((e) => ({ ...e }));
        await shares.bulkAdd(fresh);
        return { added: fresh.length, skipped: entries.length - fresh.length };
      });
    },

    /** The insights for the last 12 weeks and the goal streak (counting back further by index as needed). */
    async insights(
      now: number,
      opts: WeekOptions,
      goal: number | null,
    ): Promise<Insights & { streak: number }> {
      // Week by week: twelve small reads that a search asked for meanwhile can slip between.
      const starts = lastWeekStarts(now, INSIGHT_WEEKS, opts);
      const recent: ShareRecord[] = [];
      for (const [i, start] of starts.entries()) {
        const next = starts[i + 1];
        const week = await shares
          .where('createdAt')
          .between(start, next ?? now, true, next === undefined)
          .toArray();
        for (const share of week) recent.push(share);
      }
      const insights = computeInsights(recent, now, opts);
      const streak = goal
        ? await fullGoalStreak(insights.weeks, goal, opts, (start, end) =>
            shares.where('createdAt').between(start, end, true, false).count(),
          )
        : 0;
      return { ...insights, streak };
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
