/**
 * Starting points for the studio: a JSON Feed (file or text), an RSS or Atom feed whose items
 * become the first draft, or the bundled demo feed. A JSON Feed is taken as written (unknown keys
 * aside), so its mistakes show up as errors by field; XML goes through the reader first.
 */
import { describeValue } from '../issues';
import { problem, verbatim } from '../problems';
import { parseFeedText } from '../parse';
import { feedSchema, itemSchema } from '../schema';
import type { FeedError } from '../types';
import { newKey, JSON_FEED_VERSION, type StudioDoc, type StudioFeed, type StudioItem } from './document';
import { shapeBySchema } from './shape';
import { fromParsedFeed } from './from-parsed';

export type ImportResult = { ok: true; doc: StudioDoc } | { ok: false; errors: FeedError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A decoded JSON Feed document → a studio document. */
export function importFeedValue(value: unknown): ImportResult {
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [{ path: '(root)', ...problem('doc.notObject', { value: describeValue(value) }) }],
    };
  }
  const { items: rawItems, ...top } = value;
  const shapedTop = shapeBySchema(feedSchema.omit({ items: true }), top) as Partial<StudioFeed>;
  const feed: StudioFeed = {
    ...shapedTop,
    version: shapedTop.version ?? JSON_FEED_VERSION,
    title: shapedTop.title ?? '',
  };
  const items = (Array.isArray(rawItems) ? rawItems : []).flatMap((raw) => {
    const shaped = shapeBySchema(itemSchema, raw);
    if (!isRecord(shaped)) return [];
    const item = { ...shaped, id: typeof shaped.id === 'string' ? shaped.id : '' } as StudioItem;
    return [{ key: newKey(), item }];
  });
  return { ok: true, doc: { feed, items } };
}

/** The text of a file or a paste: JSON Feed as written; RSS or Atom as the reader reads it. */
export function importFeedText(text: string): ImportResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('<')) {
    const result = parseFeedText(body);
    return result.ok ? { ok: true, doc: fromParsedFeed(result.feed) } : { ok: false, errors: result.errors };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: '(root)', ...problem('doc.notJson', { detail: verbatim(reason) }) }],
    };
  }
  return importFeedValue(value);
}

/** A document read back from storage: anything not of the expected shape is left out. */
export function restoreDoc(value: unknown): StudioDoc | null {
  if (!isRecord(value) || !isRecord(value.feed) || !Array.isArray(value.items)) return null;
  const entries: unknown[] = value.items;
  const keys = entries.map((entry) =>
    isRecord(entry) && typeof entry.key === 'string' ? entry.key : newKey(),
  );
  const read = importFeedValue({
    ...value.feed,
    items: entries.map((entry) => (isRecord(entry) ? entry.item : undefined)),
  });
  if (!read.ok) return null;
  // Items that were not objects are gone from `read`; keep the keys of the rest in order.
  const kept = keys.filter((_, i) => isRecord((entries[i] as { item?: unknown } | undefined)?.item));
  return {
    feed: read.doc.feed,
    items: read.doc.items.map((entry, i) => ({ ...entry, key: kept[i] ?? entry.key })),
  };
}
