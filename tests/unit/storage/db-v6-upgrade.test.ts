import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { englishText } from '@/shared/cli/english';
import { OwnvoiceDB } from '@/storage/db';
import { feedRecord } from '../../fixtures/records';

describe('database upgrade to v6 (feed problems as codes)', () => {
  it('keeps the English sentences a v5 database stored, word for word, as problems', async () => {
    const name = 'ownvoice-upgrade-v5';
    const v5 = new Dexie(name);
    v5.version(5).stores({
      feeds: 'url, source',
      feedItems: 'feedUrl',
      shares: 'id, createdAt, [feedUrl+itemId], channel, status, feedUrl, *tags, *words',
    });
    await v5.open();
    const A = 'https://acme.example/feed.json';
    const B = 'https://blog.example/feed.json';
    await v5.table('feeds').bulkPut([
      {
        ...feedRecord(A),
        error: "Couldn't reach acme.example: Failed to fetch",
        warnings: [
          {
            path: 'items[1].url',
            index: 1,
            itemId: 'b',
            message: '`items[1].url` is "x"; it must be a link',
          },
        ],
      },
      feedRecord(B),
    ]);
    await v5.table('shares').put({ id: 's1', createdAt: 1, feedUrl: A, itemId: 'a', tags: [], words: [] });
    v5.close();

    const db = new OwnvoiceDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    const a = await db.feeds.get(A);
    expect(a?.error).toEqual({
      code: 'text',
      params: { text: "Couldn't reach acme.example: Failed to fetch" },
    });
    expect(a?.warnings).toEqual([
      {
        path: 'items[1].url',
        index: 1,
        itemId: 'b',
        code: 'text',
        params: { text: '`items[1].url` is "x"; it must be a link' },
      },
    ]);
    expect(englishText(a!.error!)).toBe("Couldn't reach acme.example: Failed to fetch");
    const b = await db.feeds.get(B);
    expect(b?.error).toBeUndefined();
    expect(b?.warnings).toEqual([]);
    expect(await db.shares.get('s1')).toMatchObject({ itemId: 'a' });
    db.close();
  });
});
