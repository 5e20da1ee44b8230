import { liveQuery } from 'dexie';
import { newItemKeys } from '@/shared/platform/badge';
import type { OwnvoiceDB } from './db';
import { readAllItems } from './feed-repository';
import { badgeEnabledItem, newItemsNotifyItem, seenItemsItem } from './settings';

async function currentKeys(db: OwnvoiceDB): Promise<string[]> {
  return (await readAllItems(db)).map((item) => `${item.feedUrl}\n${item.id}`);
}

/** The popup was opened: every item there is now counts as seen, and the badge clears. */
export async function markItemsSeen(db: OwnvoiceDB, now: number): Promise<void> {
  await seenItemsItem.setValue({ at: now, keys: await currentKeys(db) });
}

export interface NewItemsEffects {
  setBadge: (count: number) => Promise<void>;
  notify: (count: number) => Promise<unknown>;
}

/**
 * Background: keeps the toolbar badge at the number of items that arrived since the popup was last
 * opened, and (if the employee opted in) notifies when that number grows. Returns a stop function.
 */
export function watchNewItems(db: OwnvoiceDB, effects: NewItemsEffects): () => void {
  let lastCount = 0;
  const update = async () => {
    let seen = await seenItemsItem.getValue();
    const keys = await currentKeys(db);
    // First run after install: what is there now is the starting point, not "new".
    if (!seen) {
      seen = { at: Date.now(), keys };
      await seenItemsItem.setValue(seen);
    }
    const count = newItemKeys(keys, seen).length;
    await effects.setBadge((await badgeEnabledItem.getValue()) ? count : 0);
    if (count > lastCount && (await newItemsNotifyItem.getValue())) await effects.notify(count);
    lastCount = count;
  };
  const run = () => {
    update().catch(() => undefined);
  };
  const subscription = liveQuery(() => db.feedItems.toCollection().primaryKeys()).subscribe({
    next: run,
    error: run,
  });
  const unwatch = [seenItemsItem.watch(run), badgeEnabledItem.watch(run)];
  return () => {
    subscription.unsubscribe();
    for (const stop of unwatch) stop();
  };
}
