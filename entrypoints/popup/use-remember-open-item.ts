import { useEffect, useRef } from 'react';
import { logger } from '@/shared/logger';
import type { ItemRecord } from '@/storage/db';
import { openItemItem } from '@/storage/settings';
import type { PopupStore } from './store';

/**
 * The popup closes whenever it loses focus (a click on the page, a look at another window).
 * Reopening it returns to the item the employee was writing about, if it is still in the feed.
 */
export function useRememberOpenItem(store: PopupStore, items: ItemRecord[] | undefined): void {
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current || items === undefined) return;
    restored.current = true;
    openItemItem.getValue().then(
      (open) => {
        if (open && items.some((i) => i.feedUrl === open.feedUrl && i.id === open.id))
          store.getState().openItem(open);
      },
      (error: unknown) => logger.error('Restoring the open item', error),
    );
  }, [items, store]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!restored.current || (state.view === previous.view && state.selected === previous.selected))
          return;
        const open = state.view === 'detail' ? state.selected : null;
        openItemItem
          .setValue(open)
          .catch((error: unknown) => logger.error('Remembering the open item', error));
      }),
    [store],
  );
}
