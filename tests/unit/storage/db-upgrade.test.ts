import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OwnvoiceDB } from '@/storage/db';
import { readAllItems } from '@/storage/feed-repository';
import { feedRecord, itemRecord } from '../../fixtures/records';

/** A database exactly as version 1 of the extension wrote it. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ feeds: 'url, source', items: '[feedUrl+id], feedUrl, datePublished' });
  await v1.open();
  await v1.table('feeds').put(feedRecord('https://acme.example/feed.json', { itemCount: 2 }));
  await v1
    .table('items')
    .bulkPut([
      itemRecord('a', { feedUrl: 'https://acme.example/feed.json' }),
      itemRecord('b', { feedUrl: 'https://acme.example/feed.json', position: 1 }),
    ]);
  v1.close();
}

describe('database upgrades', () => {
  it('v1 → v2 keeps subscriptions and cached items and adds an empty share history', async () => {
    await writeVersion1('ownvoice-upgrade-v1');
    const db = new OwnvoiceDB('ownvoice-upgrade-v1');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.feeds.get('https://acme.example/feed.json')).toMatchObject({ itemCount: 2 });
    expect((await readAllItems(db)).map((i) => i.id)).toEqual(['a', 'b']);
    expect(await db.shares.count()).toBe(0);
    db.close();
  });
});
