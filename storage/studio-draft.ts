import { storage } from 'wxt/utils/storage';
import { restoreDoc } from '@/shared/feed/studio/import-feed';
import type { StudioDoc } from '@/shared/feed/studio/document';

/**
 * The feed an organizer is writing in the studio, saved as they type, so closing the tab loses
 * nothing. One draft per browser profile; it never leaves the machine until they export it.
 */
export const studioDraftItem = storage.defineItem<StudioDoc | null>('local:studioDraft', { fallback: null });

/** The saved draft, or null when there is none or it cannot be read any more. */
export async function loadStudioDraft(): Promise<StudioDoc | null> {
  return restoreDoc(await studioDraftItem.getValue());
}

export function saveStudioDraft(doc: StudioDoc): Promise<void> {
  return studioDraftItem.setValue(doc);
}
