import type { ShareInput, ShareStatus } from '@/shared/share/types';
import type { OwnvoiceDB, ShareRecord } from './db';

/** The share history: written by the background only, read live by extension pages. */
export function createShareRepository(db: OwnvoiceDB, newId: () => string = () => crypto.randomUUID()) {
  return {
    async record(input: ShareInput, at: number): Promise<ShareRecord> {
      const record: ShareRecord = { ...input, id: newId(), createdAt: at };
      await db.shares.add(record);
      return record;
    },
    /** False when there is no such entry (erased meanwhile). */
    async updateStatus(id: string, status: ShareStatus): Promise<boolean> {
      return (await db.shares.update(id, { status })) === 1;
    },
    /** Newest first. */
    list: (): Promise<ShareRecord[]> => db.shares.orderBy('createdAt').reverse().toArray(),
    forItem: (feedUrl: string, itemId: string): Promise<ShareRecord[]> =>
      db.shares.where('[feedUrl+itemId]').equals([feedUrl, itemId]).toArray(),
  };
}

export type ShareRepository = ReturnType<typeof createShareRepository>;
