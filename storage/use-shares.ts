import { useLiveQuery } from 'dexie-react-hooks';
import type { OwnvoiceDB } from './db';

/** How often the employee shared one item; undefined until the first answer. */
export function useShareCount(db: OwnvoiceDB, feedUrl: string, itemId: string): number | undefined {
  return useLiveQuery(
    () => db.shares.where('[feedUrl+itemId]').equals([feedUrl, itemId]).count(),
    [db, feedUrl, itemId],
  );
}

/** Keys (`feedUrl\nitemId`) of every item the employee has shared, for "shared by you" in the list. */
export function useSharedItemKeys(db: OwnvoiceDB): Set<string> | undefined {
  return useLiveQuery(async () => {
    const keys = await db.shares.orderBy('[feedUrl+itemId]').uniqueKeys();
    return new Set(keys.map((key) => (key as unknown as [string, string]).join('\n')));
  }, [db]);
}
