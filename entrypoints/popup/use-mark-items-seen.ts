import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { logger } from '@/shared/logger';
import type { ItemRecord } from '@/storage/db';
import { markItemsSeen } from '@/storage/new-items';

/** While the popup is open, every item in it counts as seen: the toolbar badge clears. */
export function useMarkItemsSeen(items: ItemRecord[] | undefined): void {
  useEffect(() => {
    if (items === undefined) return;
    markItemsSeen(items, Date.now()).catch((error: unknown) => logger.error('Clearing the badge', error));
  }, [items]);
}

/** "My history" opens in a tab of its own. */
export function openHistoryPage(): void {
  browser.tabs
    .create({ url: browser.runtime.getURL('/history.html') })
    .catch((error: unknown) => logger.error('Opening my history', error));
}
