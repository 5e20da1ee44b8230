import { liveQuery } from 'dexie';
import { newItemKeys } from '@/shared/platform/badge';
import type { ItemRecord, OwnvoiceDB } from './db';
import { readAllItems } from './feed-repository';
import { badgeEnabledItem, newItemsNotifyItem, seenItemsItem } from './settings';

function keysOf(items: readonly ItemRecord[]): string[] {
  return items.map((item) => `${item.feedUrl}\n${item.id}`);
}

/** The popup shows these items: every one of them now counts as seen, and the badge clears. */
export async function markItemsSeen(items: readonly ItemRecord[], now: number): Promise<void> {
  await seenItemsItem.setValue({ at: now, keys: keysOf(items) });
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
  // The items as the live query last read them: a settings change recounts without reading again.
  let keys: string[] | undefined;
  const update = async () => {
    if (!keys) return;
    const current = keys;
    let seen = await seenItemsItem.getValue();
    // First run after install: what is there now is the starting point, not "new".
    if (!seen) {
      seen = { at: Date.now(), keys: current };
      await seenItemsItem.setValue(seen);
    }
    const count = newItemKeys(current, seen).length;
    await effects.setBadge((await badgeEnabledItem.getValue()) ? count : 0);
    if (count > lastCount && (await newItemsNotifyItem.getValue())) await effects.notify(count);
    lastCount = count;
  };
  const run = () => {
    update().catch(() => undefined);
  };
  const subscription = liveQuery(() => readAllItems(db)).subscribe({
    next: (items) => {
      keys = keysOf(items);
      run();
    },
    error: run,
  });
  const unwatch = [seenItemsItem.watch(run), badgeEnabledItem.watch(run)];
  return () => {
    subscription.unsubscribe();
    for (const stop of unwatch) stop();
  };
}
