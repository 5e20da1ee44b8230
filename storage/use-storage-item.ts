import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { logger } from '@/shared/logger';
import { validSetting } from './safe-settings';

/** A WXT storage item's value, live; undefined until the first read answers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useStorageItem<T>(item: WxtStorageItem<T, any>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    let changed = false;
    // Read through the item's schema: a corrupted value shows as the default (safe-settings.ts).
    const unwatch = item.watch((next) => {
      changed = true;
      setValue(validSetting(item, next));
    });
    item.getValue().then(
      (v) => {
        if (live && !changed) setValue(validSetting(item, v));
      },
      (error: unknown) => {
        logger.error('Reading settings', error);
        if (live && !changed) setValue(item.fallback);
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
