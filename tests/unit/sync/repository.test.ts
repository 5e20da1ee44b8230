import { describe, expect, it, vi } from 'vitest';
import type { ParsedFeed } from '@/shared/feed/types';
import { freshRepo } from './helpers';
import { itemRecord, meta, storedItems } from '../../fixtures/records';
import { readAllItems } from '@/storage/feed-repository';

const URL_A = 'https://acme.example/feed.json';

function parsed(ids: string[]): ParsedFeed {
  return { meta: meta('Acme'), items: ids.map((id) => itemRecord(id)) };
}

describe('feed repository', () => {
  it('rolls back the whole replacement when a write fails part-way', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['a', 'b']), warnings: [], at: 1 });
    // The feed record is written after the new items, inside the same transaction.
    vi.spyOn(db.feeds, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(repo.saveFeed(URL_A, { feed: parsed(['c', 'd']), warnings: [], at: 2 })).rejects.toThrow();
    expect((await readAllItems(db)).map((i) => i.id)).toEqual(['a', 'b']);
    expect(await repo.get(URL_A)).toMatchObject({ itemCount: 2, lastSuccessAt: 1 });
  });

  it('does not resurrect a feed removed while its download was under way', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.remove(URL_A);
    expect(await repo.saveFeed(URL_A, { feed: parsed(['a']), warnings: [], at: 1 })).toBeUndefined();
    expect((await readAllItems(db)).length).toBe(0);
    expect(await db.feeds.count()).toBe(0);
  });

  it('removes a feed together with its items only', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.add('https://b.example/f.json', 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['a']), warnings: [], at: 1 });
    await repo.saveFeed('https://b.example/f.json', { feed: parsed(['a', 'b']), warnings: [], at: 1 });
    await repo.remove(URL_A);
    expect((await readAllItems(db)).length).toBe(2);
    expect((await db.feeds.toArray()).map((f) => f.url)).toEqual(['https://b.example/f.json']);
  });

  it('keeps positions so the organizer order survives equal dates', async () => {
    const { db, repo } = freshRepo();
    await repo.add(URL_A, 'user', 0);
    await repo.saveFeed(URL_A, { feed: parsed(['z', 'y', 'x']), warnings: [], at: 1 });
    const items = await storedItems(db, URL_A);
    expect(items.map((i) => [i.id, i.position])).toEqual([
      ['z', 0],
      ['y', 1],
      ['x', 2],
    ]);
  });
});
