import type { Problem } from '@/shared/feed/problems';
import type { FeedWarning, ParsedFeed } from '@/shared/feed/types';
import type { FeedRecord, FeedSource, ItemRecord, OwnvoiceDB } from './db';

export interface SavedFeed {
  feed: ParsedFeed;
  warnings: FeedWarning[];
  etag?: string;
  lastModified?: string;
  /** The address a redirect took the request to, when it differs from the subscribed one. */
  movedTo?: string;
  at: number;
}

/** Every cached item of every feed, each feed in document order. */
export async function readAllItems(db: OwnvoiceDB): Promise<ItemRecord[]> {
  return (await db.feedItems.toArray()).flatMap((record) => record.items);
}

/**
 * Subscriptions and their cached items. Every write that touches both tables runs in one
 * transaction, so a failure part-way (quota, a closed database) leaves the last good copy whole.
 */
export function createFeedRepository(db: OwnvoiceDB) {
  return {
    list: (): Promise<FeedRecord[]> => db.feeds.toArray(),
    get: (url: string): Promise<FeedRecord | undefined> => db.feeds.get(url),

    async add(url: string, source: FeedSource, now: number): Promise<FeedRecord> {
      const record: FeedRecord = { url, source, addedAt: now, meta: null, itemCount: 0, warnings: [] };
      await db.feeds.put(record);
      return record;
    },

    /** Changes where a subscription came from (an employee's feed that IT now also sets, and back). */
    async setSource(url: string, source: FeedSource): Promise<void> {
      await db.feeds.update(url, { source });
    },

    async remove(url: string): Promise<void> {
      await db.transaction('rw', db.feeds, db.feedItems, async () => {
        await db.feedItems.delete(url);
        await db.feeds.delete(url);
      });
    },

    /** Replaces a feed's items with a freshly validated copy. */
    async saveFeed(url: string, saved: SavedFeed): Promise<FeedRecord | undefined> {
      const items: ItemRecord[] = saved.feed.items.map((item, position) => ({
        ...item,
        feedUrl: url,
        position,
      }));
      return db.transaction('rw', db.feeds, db.feedItems, async () => {
        const existing = await db.feeds.get(url);
        // Removed while the fetch was under way: the employee's decision wins over the download.
        if (!existing) return undefined;
        await db.feedItems.put({ feedUrl: url, items });
        const record: FeedRecord = {
          ...existing,
          meta: saved.feed.meta,
          lastSuccessAt: saved.at,
          lastAttemptAt: saved.at,
          error: undefined,
          needsAccess: undefined,
          movedTo: saved.movedTo,
          sentElsewhere: undefined,
          itemCount: items.length,
          warnings: saved.warnings,
          etag: saved.etag,
          lastModified: saved.lastModified,
        };
        await db.feeds.put(record);
        return record;
      });
    },

    /** A 304: the cached copy is current. */
    async markNotModified(url: string, at: number): Promise<FeedRecord | undefined> {
      await db.feeds.update(url, {
        lastSuccessAt: at,
        lastAttemptAt: at,
        error: undefined,
        needsAccess: undefined,
        sentElsewhere: undefined,
      });
      return db.feeds.get(url);
    },

    /**
     * A failed refresh: the cached items stay untouched; only the status changes. `needsAccess`:
     * the server answered, but the browser refused the read for want of host permission.
     */
    async markFailed(
      url: string,
      error: Problem,
      at: number,
      needsAccess = false,
      redirect: { movedTo?: string; sentElsewhere?: boolean } = {},
    ): Promise<FeedRecord | undefined> {
      await db.feeds.update(url, {
        lastAttemptAt: at,
        error,
        needsAccess: needsAccess || undefined,
        movedTo: redirect.movedTo,
        sentElsewhere: redirect.sentElsewhere || undefined,
      });
      return db.feeds.get(url);
    },
  };
}

export type FeedRepository = ReturnType<typeof createFeedRepository>;
