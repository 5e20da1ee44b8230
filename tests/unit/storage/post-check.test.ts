import { describe, expect, it } from 'vitest';
import { OwnvoiceDB, type ShareRecord } from '@/storage/db';
import { loadOverlayData } from '@/storage/overlay-data';
import { ASK_WITHIN_MS, findShareToConfirm } from '@/storage/post-check';

const NOW = Date.parse('2026-12-01T12:00:00Z');

const share = (id: string, agoMs: number, status: ShareRecord['status'], title?: string): ShareRecord => ({
  id,
  createdAt: NOW - agoMs,
  feedUrl: 'https://acme.example/feed.json',
  itemId: `item-${id}`,
  itemTitle: title,
  itemUrl: `https://acme.example/${id}`,
  tags: [],
  channel: 'linkedin',
  text: `text ${id}`,
  ownWords: 0.8,
  status,
});

describe('which share to ask "Did your post go out?" about', () => {
  it.each([
    [
      'the newest one left opened in the last days',
      [share('a', 60_000, 'opened', 'A'), share('b', 3_600_000, 'opened', 'B')],
      'a',
    ],
    [
      'none when every recent one has an outcome',
      [share('a', 60_000, 'posted'), share('b', 60_000, 'copied'), share('c', 60_000, 'abandoned')],
      null,
    ],
    ['none older than the window', [share('old', ASK_WITHIN_MS + 1, 'opened')], null],
    [
      'an opened one behind newer answered ones',
      [share('new', 1_000, 'posted'), share('mid', 2_000, 'opened', 'Mid')],
      'mid',
    ],
  ])('%s', async (_, rows, expected) => {
    const db = new OwnvoiceDB(`post-check-${Math.random()}`);
    await db.shares.bulkAdd(rows);
    expect((await findShareToConfirm(db, NOW))?.id ?? null).toBe(expected);
  });

  it('names the item by its title, else its link; answering (a status) ends the asking', async () => {
    const db = new OwnvoiceDB('post-check-title');
    await db.shares.bulkAdd([share('a', 60_000, 'opened')]);
    expect(await findShareToConfirm(db, NOW)).toEqual({
      id: 'a',
      title: 'https://acme.example/a',
      channel: 'linkedin',
      createdAt: NOW - 60_000,
    });
    await db.shares.update('a', { status: 'posted' });
    expect(await findShareToConfirm(db, NOW)).toBeNull();
  });

  it('is part of what the LinkedIn panel is given, since it may not read IndexedDB itself', async () => {
    const db = new OwnvoiceDB('post-check-overlay');
    await db.shares.bulkAdd([share('a', 60_000, 'opened', 'We shipped offline mode')]);
    expect((await loadOverlayData(db, NOW)).toConfirm).toMatchObject({
      id: 'a',
      title: 'We shipped offline mode',
    });
  });
});
