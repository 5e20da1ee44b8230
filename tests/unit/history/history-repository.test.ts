import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHistoryExport, serializeHistory } from '@/shared/history/export-format';
import { queryPrefixes, shareWords } from '@/shared/history/search';
import { OwnvoiceDB } from '@/storage/db';
import {
  createHistoryRepository,
  type HistoryFilter,
  type HistoryRepository,
} from '@/storage/history-repository';
import { createShareRepository } from '@/storage/share-repository';
import { historyEntry } from './history-fixtures';

/** The ids a filter matches, newest first. */
async function matchingIds(
  repo: HistoryRepository,
  filter: HistoryFilter,
  signal?: AbortSignal,
): Promise<string[]> {
  return (await repo.matching(filter, signal)).ids;
}

let db: OwnvoiceDB;
let n = 0;

beforeEach(async () => {
  db = new OwnvoiceDB(`history-repo-${++n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('history queries', () => {
  beforeEach(async () => {
    await createHistoryRepository(db).importEntries(
      Array.from({ length: 60 }, (_, i) => historyEntry(i + 1)),
    );
  });

  it('lists every share newest first', async () => {
    const ids = await matchingIds(createHistoryRepository(db), {});
    expect(ids).toHaveLength(60);
    expect(ids.slice(0, 3)).toEqual(['e1', 'e2', 'e3']);
  });

  it('combines a date range, network, status, feed and tag', async () => {
    const repo = createHistoryRepository(db);
    const from = historyEntry(40).createdAt;
    const to = historyEntry(10).createdAt;
    const expected = Array.from({ length: 31 }, (_, i) => historyEntry(10 + i))
      .filter((e) => e.channel === 'x' && e.tags.includes('launch'))
      .map((e) => e.id);
    expect(await matchingIds(repo, { from, to, channel: 'x', tag: 'launch' })).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const byFeedAndStatus = await matchingIds(repo, {
      feedUrl: 'https://feed1.example/feed.json',
      status: 'posted',
    });
    expect(
      byFeedAndStatus.every((id) => Number(id.slice(1)) % 3 === 1 && Number(id.slice(1)) % 4 === 2),
    ).toBe(true);
    expect(byFeedAndStatus.length).toBe(5);
  });

  it('searches word prefixes in texts and titles, every word required', async () => {
    const repo = createHistoryRepository(db);
    expect(await matchingIds(repo, { query: 'Post 7:' })).toContain('e7');
    // The same answer as reading every entry and comparing words: the index changes speed, not results.
    const scan = (query: string) =>
      Array.from({ length: 60 }, (_, i) => historyEntry(i + 1))
        .filter((e) => queryPrefixes(query).every((p) => shareWords(e).some((w) => w.startsWith(p))))
        .map((e) => e.id);
    for (const query of ['UBRIG cafe 3', 'item 4', 'proud TEAM', 'feed 2 post 5'])
      expect(await matchingIds(repo, { query }), query).toEqual(scan(query));
    expect(scan('UBRIG cafe 3').length).toBeGreaterThan(0);
    expect(await matchingIds(repo, { query: 'shipped' })).toHaveLength(60);
    expect(await matchingIds(repo, { query: 'nowhere' })).toEqual([]);
  });

  it('keeps search words in step with the text the background records', async () => {
    const shares = createShareRepository(db, () => 'fresh');
    await shares.record({ ...historyEntry(0), text: 'Zeppelin launch day' }, Date.now());
    expect(await matchingIds(createHistoryRepository(db), { query: 'zepp' })).toEqual(['fresh']);
  });

  it('edits a status, deletes one entry, erases everything', async () => {
    const repo = createHistoryRepository(db);
    await repo.setStatus('e1', 'posted');
    expect((await repo.get(['e1']))[0]?.status).toBe('posted');
    await repo.remove('e2');
    expect(await repo.count()).toBe(59);
    await repo.clear();
    expect(await repo.count()).toBe(0);
  });

  it('offers the feeds and tags in the history as filter choices', async () => {
    const facets = await createHistoryRepository(db).facets();
    expect(facets.feeds.map((f) => f.title)).toEqual(['Feed 0', 'Feed 1', 'Feed 2']);
    const every = Array.from({ length: 60 }, (_, i) => historyEntry(i + 1).tags).flat();
    expect(facets.tags).toEqual([...new Set(every)].sort((a, b) => a.localeCompare(b)));
  });
});

describe('import', () => {
  it('merges, keeping entries already there and counting duplicates in the file once', async () => {
    const repo = createHistoryRepository(db);
    await repo.importEntries([historyEntry(1, { text: 'mine' })]);
    const result = await repo.importEntries([historyEntry(1), historyEntry(2), historyEntry(2)]);
    expect(result).toEqual({ added: 1, skipped: 2 });
    expect((await repo.get(['e1']))[0]?.text).toBe('mine');
  });

  it('a malformed file changes nothing', async () => {
    const repo = createHistoryRepository(db);
    await repo.importEntries([historyEntry(1)]);
    const file = JSON.parse(serializeHistory([historyEntry(2), historyEntry(3)], 0)) as { entries: object[] };
    file.entries[1] = { ...file.entries[1], status: 'liked' };
    const parsed = parseHistoryExport(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(await matchingIds(repo, {})).toEqual(['e1']);
  });

  it('export → erase → import of 50,000 entries gives back exactly the same history', async () => {
    const repo = createHistoryRepository(db);
    const original = Array.from({ length: 50_000 }, (_, i) =>
      historyEntry(
        i + 1,
        i % 5 === 0 ? { itemTitle: undefined, feedTitle: undefined, itemUrl: undefined } : {},
      ),
    );
    await repo.importEntries(original);
    const before = await repo.all();
    const file = serializeHistory(before, Date.now());
    await repo.clear();
    expect(await repo.count()).toBe(0);
    const parsed = parseHistoryExport(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await repo.importEntries(parsed.entries)).toEqual({ added: 50_000, skipped: 0 });
    const after = await repo.all();
    expect(after).toHaveLength(50_000);
    expect(after).toEqual(before);
    const byId = new Map(original.map((e) => [e.id, e]));
    for (const entry of after) {
      const { words: _words, ...rest } = entry as typeof entry & { words?: string[] };
      expect(rest).toEqual(byId.get(entry.id));
    }
  }, 240_000);
});

describe('a long history, read window by window', () => {
  const DAY = 86_400_000;
  const BASE_TIME = historyEntry(0).createdAt;
  // Three shares a day at the same moment for four years (so window edges fall on shared times),
  // then a gap, then a dense burst of one a minute.
  const spread = Array.from({ length: 6000 }, (_, i) =>
    historyEntry(i, {
      createdAt:
        i < 4500 ? BASE_TIME - Math.floor(i / 3) * DAY : BASE_TIME - 2000 * DAY - (i - 4500) * 60_000,
    }),
  );

  beforeEach(async () => {
    await createHistoryRepository(db).importEntries(spread);
  });

  it('gives the same order and count as one ordered read of everything', async () => {
    const repo = createHistoryRepository(db);
    const oneRead = (await db.shares.orderBy('createdAt').primaryKeys()).reverse();
    expect(await matchingIds(repo, {})).toEqual(oneRead);
    expect(await repo.count()).toBe(6000);
  });

  it('keeps the date range inclusive at both ends', async () => {
    const repo = createHistoryRepository(db);
    const from = spread[4700]!.createdAt;
    const to = spread[10]!.createdAt;
    const expected = (
      await db.shares.where('createdAt').between(from, to, true, true).primaryKeys()
    ).reverse();
    expect(expected.length).toBeGreaterThan(1000);
    expect(await matchingIds(repo, { from, to })).toEqual(expected);
  });

  it('answers a word nearly every entry has through the indexes, newest first', async () => {
    const repo = createHistoryRepository(db);
    const oneRead = (await db.shares.orderBy('createdAt').primaryKeys()).reverse();
    // 6,000 entries say "proud": more than are read and checked one by one.
    expect(await matchingIds(repo, { query: 'proud' })).toEqual(oneRead);
    const byId = new Map(spread.map((e) => [e.id, e]));
    const scan = (query: string) =>
      oneRead.filter((id) =>
        queryPrefixes(query).every((p) => shareWords(byId.get(id)!).some((w) => w.startsWith(p))),
      );
    expect(scan('proud cafe 3').length).toBeGreaterThan(100);
    expect(await matchingIds(repo, { query: 'proud cafe 3' })).toEqual(scan('proud cafe 3'));
  });

  it('stops between windows once nobody waits for the answer', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(matchingIds(createHistoryRepository(db), {}, controller.signal)).rejects.toThrow();
  });
});
