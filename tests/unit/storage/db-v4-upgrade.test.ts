import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OwnvoiceDB } from '@/storage/db';
import { feedRecord, itemRecord } from '../../fixtures/records';

describe('database upgrades', () => {
  it("v3 → v6 moves each feed's items into one record in document order and keeps the history", async () => {
    const name = 'ownvoice-upgrade-v3';
    const v3 = new Dexie(name);
    v3.version(3).stores({
      feeds: 'url, source',
      items: '[feedUrl+id], feedUrl, datePublished',
      shares: 'id, createdAt, [feedUrl+itemId], channel, status, feedUrl, *tags, *words',
    });
    await v3.open();
    const A = 'https://acme.example/feed.json';
    const B = 'https://blog.example/feed.json';
    await v3.table('feeds').bulkPut([feedRecord(A, { itemCount: 3 }), feedRecord(B, { itemCount: 1 })]);
    // Stored by key order ([feedUrl+id]), not by the organizer's order.
    await v3
      .table('items')
      .bulkPut([
        itemRecord('a', { feedUrl: A, position: 2 }),
        itemRecord('b', { feedUrl: A, position: 0 }),
        itemRecord('c', { feedUrl: A, position: 1 }),
        itemRecord('z', { feedUrl: B, position: 0 }),
      ]);
    await v3
      .table('shares')
      .put({ id: 's1', createdAt: 1, feedUrl: A, itemId: 'a', tags: [], words: ['hello'] });
    v3.close();

    const db = new OwnvoiceDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name)).not.toContain('items');
    expect((await db.feedItems.get(A))?.items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect((await db.feedItems.get(B))?.items.map((i) => i.id)).toEqual(['z']);
    expect(await db.shares.get('s1')).toMatchObject({ itemId: 'a', words: ['hello'] });
    expect(await db.feeds.count()).toBe(2);
    db.close();
  });
});
