/**
 * The studio's document: the feed an organizer is editing, in the wire format itself (JSON Feed
 * 1.1 + `_ownvoice`, shared/feed/schema.ts), so the schema's error paths name the form's fields.
 * Each item travels with a `key` that survives edits to its id and reordering (React keys, undo).
 */
import type { z } from 'zod';
import type { feedSchema, itemSchema } from '../schema';

export type StudioItem = Omit<z.input<typeof itemSchema>, 'id'> & { id: string };
export type StudioFeed = Omit<z.input<typeof feedSchema>, 'items'>;

export interface StudioEntry {
  key: string;
  item: StudioItem;
}

export interface StudioDoc {
  feed: StudioFeed;
  items: StudioEntry[];
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The document as the extension would read it (items without their keys). */
export function toWire(doc: StudioDoc): z.input<typeof feedSchema> {
  return { ...doc.feed, items: doc.items.map((entry) => entry.item) };
}

export function newDoc(): StudioDoc {
  return { feed: { version: JSON_FEED_VERSION, title: '', _ownvoice: { schema: 1 } }, items: [] };
}

let counter = 0;
/** Unique within a session and across reloads (the time part), never shown. */
export function newKey(): string {
  counter += 1;
  return `k${Date.now().toString(36)}-${counter}`;
}

/** The first `base`, `base-2`, `base-3`… that no item uses yet. */
export function freeId(doc: StudioDoc, base: string): string {
  const used = new Set(doc.items.map((entry) => entry.item.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
