import type { HistoryEntry } from '@/shared/history/export-format';
import { NETWORKS } from '@/shared/feed/types';
import { SHARE_STATUSES } from '@/shared/share/types';

const BASE = Date.parse('2026-11-25T12:00:00Z');

/** One history entry, varied by `n` so that sets of them differ in every field. */
export function historyEntry(n: number, over: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: `e${n}`,
    createdAt: BASE - n * 3_600_000,
    feedUrl: `https://feed${n % 3}.example/feed.json`,
    itemId: `item-${n % 50}`,
    itemTitle: `Item ${n % 50}: we shipped something`,
    itemUrl: `https://acme.example/posts/${n % 50}`,
    feedTitle: `Feed ${n % 3}`,
    tags: [`tag-${n % 7}`, ...(n % 2 ? ['launch'] : [])],
    channel: [...NETWORKS, 'clipboard' as const][n % 6]!,
    text: `Post ${n}: I worked on this and I am proud of the team. Übrigens, café ${n % 11}.`,
    ownWords: (n % 101) / 100,
    status: SHARE_STATUSES[n % 4]!,
    ...over,
  };
}
