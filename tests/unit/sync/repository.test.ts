import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '@/shared/feed/types';
import { freshRepo } from './helpers';
import { itemRecord, meta } from '../../fixtures/records';

const URL_A = 'https://acme.example/feed.json';

function parsed(ids: string[]): ParsedFeed {
  return { meta: meta('Acme'), items: ids.map((id) => itemRecord(id)) };
}

describe('feed repository', () => {
  it('rolls back the whole replacement when a write fails part-way', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['a', 'b']), warnings: [], at: 1 });
    // Duplicate keys make bulkAdd fail after the old items were deleted inside the transaction.
    await expect(repo.saveFeed(URL_A, { feed: parsed(['c', 'c']), warnings: [], at: 2 })).rejects.toThrow();
    expect((await db.items.toArray()).map((i) => i.id)).toEqual(['a', 'b']);
    expect(await repo.get(URL_A)).toMatchObject({ itemCount: 2, lastSuccessAt: 1 });
  });

  it('does not resurrect a feed removed while its download was under way', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.remove(URL_A);
    expect(await repo.saveFeed(URL_A, { feed: parsed(['a']), warnings: [], at: 1 })).toBeUndefined();
    expect(await db.items.count()).toBe(0);
    expect(await db.feeds.count()).toBe(0);
  });

  it('removes a feed together with its items only', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.add('https://b.example/f.json', 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['a']), warnings: [], at: 1 });
    await repo.saveFeed('https://b.example/f.json', { feed: parsed(['a', 'b']), warnings: [], at: 1 });
    await repo.remove(URL_A);
    expect(await db.items.count()).toBe(2);
    expect((await db.feeds.toArray()).map((f) => f.url)).toEqual(['https://b.example/f.json']);
  });

  it('keeps positions so the organizer order survives equal dates', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['z', 'y', 'x']), warnings: [], at: 1 });
    const items = await db.items.where('feedUrl').equals(URL_A).sortBy('position');
    expect(items.map((i) => [i.id, i.position])).toEqual([
      ['z', 0],
      ['y', 1],
      ['x', 2],
    ]);
  });
});
