import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OwnvoiceDB, type ShareRecord } from '@/storage/db';
import {
  createHistoryRepository,
  type HistoryFilter,
  type HistoryRepository,
} from '@/storage/history-repository';
import { feedRecord } from '../../fixtures/records';

/** The ids a filter matches, newest first. */
async function matchingIds(
  repo: HistoryRepository,
  filter: HistoryFilter,
  signal?: AbortSignal,
): Promise<string[]> {
  return (await repo.matching(filter, signal)).ids;
}

const SHARE: ShareRecord = {
  id: 'old-share',
  createdAt: Date.parse('2026-11-20T10:00:00Z'),
  feedUrl: 'https://acme.example/feed.json',
  itemId: 'offline',
  itemTitle: 'We shipped offline mode',
  feedTitle: 'Acme news',
  tags: ['launch', 'mobile'],
  channel: 'linkedin',
  text: 'Sync now survives a train tunnel.',
  ownWords: 0.8,
  status: 'opened',
};

/** A database exactly as version 2 of the extension wrote it. */
async function writeVersion2(name: string) {
  const v2 = new Dexie(name);
  v2.version(1).stores({ feeds: 'url, source', items: '[feedUrl+id], feedUrl, datePublished' });
  v2.version(2).stores({ shares: 'id, createdAt, [feedUrl+itemId], channel, status' });
  await v2.open();
  await v2.table('feeds').put(feedRecord('https://acme.example/feed.json'));
  await v2.table('shares').put(SHARE);
  v2.close();
}

describe('database upgrades', () => {
  it('v2 → v3 keeps the share history as it was and makes it searchable by word, feed and tag', async () => {
    await writeVersion2('ownvoice-upgrade-v2');
    const db = new OwnvoiceDB('ownvoice-upgrade-v2');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const stored = await db.shares.get('old-share');
    const { words, ...rest } = stored!;
    expect(rest).toEqual(SHARE);
    expect(words).toEqual(expect.arrayContaining(['tunnel', 'offline', 'acme']));
    const repo = createHistoryRepository(db);
    expect(await matchingIds(repo, { query: 'tunn' })).toEqual(['old-share']);
    expect(await matchingIds(repo, { tag: 'mobile', feedUrl: SHARE.feedUrl })).toEqual(['old-share']);
    expect(await db.feeds.count()).toBe(1);
    db.close();
  });
});
