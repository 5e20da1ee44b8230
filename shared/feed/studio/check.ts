/**
 * What the extension would say about the document: the same schema and the same parser it reads
 * feeds with. Where the reader would quietly repair or skip (drop a bad link, skip an item with a
 * duplicate id), the studio calls it an error: an organizer publishing a feed should hear of it.
 */
import { describeIssue } from '../issues';
import { parseFeed } from '../parse';
import { parseItem } from '../parse-item';
import { feedSchema } from '../schema';
import type { FeedError, ParsedFeed } from '../types';
import { toWire, type StudioDoc } from './document';

export interface StudioCheck {
  /** Every problem, with the JSON path of the field it is about (`items[1].url`). */
  errors: FeedError[];
  /** The feed as the extension reads it, when it reads it at all (for the preview). */
  parsed: ParsedFeed | null;
  /** For each document item, its index in `parsed.items`, or -1 when the reader skips it. */
  parsedIndex: number[];
}

export function checkDoc(doc: StudioDoc): StudioCheck {
  const wire = toWire(doc);
  const errors: FeedError[] = [];
  const seen = new Set<string>();
  const add = (error: FeedError) => {
    const key = JSON.stringify(error);
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(error);
  };
  const strict = feedSchema.safeParse(wire);
  if (!strict.success) for (const issue of strict.error.issues) add(describeIssue(issue, wire));

  // Item by item as the reader goes, so a duplicate id is named even while the feed level fails.
  const seenIds = new Set<string>();
  doc.items.forEach((entry, index) => {
    const base = `items[${index}]`;
    const outcome = parseItem(entry.item, index, seenIds);
    if (outcome.ok) return;
    // Repairs deeper in the item already have their strict error; a skip is reported at the item
    // itself, unless a field's error already explains it.
    const skip = outcome.warnings.find((warning) => warning.path === base);
    if (skip && !errors.some((e) => e.path.startsWith(`${base}.`) || e.path === base)) add(skip);
  });

  const result = parseFeed(wire);
  if (!result.ok) {
    result.errors.forEach(add);
    return { errors, parsed: null, parsedIndex: doc.items.map(() => -1) };
  }
  const parsedIds = new Map(result.feed.items.map((item, index) => [item.id, index]));
  // A duplicate id belongs to the first item that has it (a map: 5,000 items, one pass).
  const firstWithId = new Map<string, number>();
  doc.items.forEach((entry, index) => {
    const id = entry.item.id.trim();
    if (!firstWithId.has(id)) firstWithId.set(id, index);
  });
  const parsedIndex = doc.items.map((entry, index) => {
    const id = entry.item.id.trim();
    return firstWithId.get(id) === index ? (parsedIds.get(id) ?? -1) : -1;
  });
  return { errors, parsed: result.feed, parsedIndex };
}

/** The problems about one field (exact path), or about an item or object as a whole. */
export function errorsAt(check: Pick<StudioCheck, 'errors'>, path: string): FeedError[] {
  return check.errors.filter((error) => error.path === path);
}

const ITEM_INDEX = /^items\[(\d+)\]/;

/** The indices of the items a problem is about, from each problem's path (`items[12].url` → 12). */
export function itemsWithErrors(check: Pick<StudioCheck, 'errors'>): Set<number> {
  const indices = new Set<number>();
  for (const error of check.errors) {
    const match = ITEM_INDEX.exec(error.path);
    if (match) indices.add(Number(match[1]));
  }
  return indices;
}
