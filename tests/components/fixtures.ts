import type { FeedRecord, ItemRecord } from '@/storage/db';
import type { FeedMeta } from '@/shared/feed/types';

export const NOW = Date.parse('2026-11-25T12:00:00Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export function meta(title: string, over: Partial<FeedMeta> = {}): FeedMeta {
  return {
    title,
    refreshMinutes: 60,
    guidelines: { blockedTerms: [], cautionTerms: [], minOwnWords: 0 },
    utm: {},
    ...over,
  };
}

export function feedRecord(url: string, over: Partial<FeedRecord> = {}): FeedRecord {
  return { url, source: 'user', addedAt: 0, meta: meta('Acme news'), itemCount: 0, warnings: [], ...over };
}

export function itemRecord(id: string, over: Partial<ItemRecord> = {}): ItemRecord {
  return {
    id,
    feedUrl: 'https://feeds.acme.example/feed.json',
    position: 0,
    title: `Item ${id}`,
    tags: [],
    suggestions: [],
    prompts: [],
    roles: [],
    hashtags: [],
    networks: [],
    pinned: false,
    ...over,
  };
}
