import { storage } from 'wxt/utils/storage';
import type { ShareChannel } from '@/shared/share/types';

/** What the employee is writing for one item, kept until they discard it (sharing keeps it). */
export interface Draft {
  text: string;
  appendLink: boolean;
  tagLink: boolean;
  /** Where this text has gone already ("Opened in LinkedIn ✓"); any edit clears it. */
  sharedTo?: ShareChannel[];
  /** Epoch ms. */
  updatedAt: number;
}

type DraftKey = `local:draft:${string}`;

/** One storage.local key per item: a write touches only that item's draft. */
export function draftKey(feedUrl: string, itemId: string): DraftKey {
  return `local:draft:${JSON.stringify([feedUrl, itemId])}`;
}

export function loadDraft(feedUrl: string, itemId: string): Promise<Draft | null> {
  return storage.getItem<Draft>(draftKey(feedUrl, itemId));
}

export function saveDraft(feedUrl: string, itemId: string, draft: Draft): Promise<void> {
  return storage.setItem(draftKey(feedUrl, itemId), draft);
}

export function clearDraft(feedUrl: string, itemId: string): Promise<void> {
  return storage.removeItem(draftKey(feedUrl, itemId));
}
