import type { ShareToConfirm } from '@/shared/share/types';
import type { OwnvoiceDB } from './db';

/** How far back an entry left "opened" is still worth asking about. */
export const ASK_WITHIN_MS = 3 * 24 * 60 * 60_000;

/**
 * The newest share of the last days still "opened": Ownvoice opened a share page it could not
 * watch (the tab was replaced), or the employee left before posting. Answering sets its status,
 * so each is asked about until answered once, and never after. Null when there is none.
 */
export async function findShareToConfirm(db: OwnvoiceDB, now: number): Promise<ShareToConfirm | null> {
  const share = await db.shares
    .where('createdAt')
    .between(now - ASK_WITHIN_MS, now, true, true)
    .reverse()
    .filter((s) => s.status === 'opened')
    .first();
  if (!share) return null;
  return {
    id: share.id,
    title: share.itemTitle ?? share.itemUrl ?? share.itemId,
    channel: share.channel,
    createdAt: share.createdAt,
  };
}
