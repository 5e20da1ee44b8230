import { useLiveQuery } from 'dexie-react-hooks';
import type { FeedRecord, ItemRecord, OwnvoiceDB } from '@/storage/db';
import { readAllItems } from '@/storage/feed-repository';

/** Subscriptions in the order they were added; undefined until Dexie's first answer. */
export function useFeeds(db: OwnvoiceDB): FeedRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.feeds.toArray()).sort((a, b) => a.addedAt - b.addedAt || a.url.localeCompare(b.url)),
    [db],
  );
}

/** Every cached item; undefined until Dexie's first answer. */
export function useItems(db: OwnvoiceDB): ItemRecord[] | undefined {
  return useLiveQuery(() => readAllItems(db), [db]);
}
