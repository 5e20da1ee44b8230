import { afterEach, describe, expect, it, vi } from 'vitest';
import { OwnvoiceDB } from '@/storage/db';
import { readAllItems } from '@/storage/feed-repository';
import { markItemsSeen, watchNewItems } from '@/storage/new-items';
import { badgeEnabledItem, newItemsNotifyItem } from '@/storage/settings';
import { itemRecord, putItems } from '../../fixtures/records';

const FEED = 'https://feeds.acme.example/feed.json';
let n = 0;
let stop: (() => void) | undefined;

afterEach(() => stop?.());

async function watched() {
  const db = new OwnvoiceDB(`new-items-${++n}`);
  await putItems(db, [itemRecord('a', { feedUrl: FEED }), itemRecord('b', { feedUrl: FEED })]);
  const badge: number[] = [];
  const notify = vi.fn(() => Promise.resolve());
  stop = watchNewItems(db, {
    setBadge: async (count) => void badge.push(count),
    notify,
  });
  return { db, badge, notify };
}

describe('the new-items badge', () => {
  it('starts from what is cached, counts what arrives, and clears when the popup shows it', async () => {
    const { db, badge } = await watched();
    // First run after install: the items already there are not "new".
    await vi.waitFor(() => expect(badge.at(-1)).toBe(0));
    await putItems(db, [itemRecord('c', { feedUrl: FEED }), itemRecord('d', { feedUrl: FEED })]);
    await vi.waitFor(() => expect(badge.at(-1)).toBe(2));
    await markItemsSeen(await readAllItems(db), Date.now());
    await vi.waitFor(() => expect(badge.at(-1)).toBe(0));
  });

  it('shows no number when the employee turned the badge off, and notifies only when asked', async () => {
    const { db, badge, notify } = await watched();
    await vi.waitFor(() => expect(badge.at(-1)).toBe(0));
    await badgeEnabledItem.setValue(false);
    await putItems(db, [itemRecord('c', { feedUrl: FEED })]);
    await vi.waitFor(() => expect(badge.length).toBeGreaterThanOrEqual(2));
    expect(badge.at(-1)).toBe(0);
    expect(notify).not.toHaveBeenCalled();
    await badgeEnabledItem.setValue(true);
    await vi.waitFor(() => expect(badge.at(-1)).toBe(1));
    await newItemsNotifyItem.setValue(true);
    await putItems(db, [itemRecord('d', { feedUrl: FEED })]);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(2));
  });
});
