import type { StudioDoc } from '@/shared/feed/studio/document';

const ITEM = /^items\[(\d+)\]/;

/**
 * A field's path with its item named by the item's key instead of its place ("items[2].url" →
 * "items{k…}.url"), so an item moved up or down keeps what was touched in it.
 */
export function touchKey(doc: StudioDoc, path: string): string {
  const match = ITEM.exec(path);
  if (!match) return path;
  const entry = doc.items[Number(match[1])];
  return entry ? `items{${entry.key}}${path.slice(match[0].length)}` : path;
}

/** One path inside the other: a list and its entries, an item and its fields. */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long[short.length] === '.' || long[short.length] === '[');
}

/** Whether the problem at `path` is shown: everything once revealed, else only what was touched. */
export function isShown(
  doc: StudioDoc,
  touched: ReadonlySet<string>,
  revealed: boolean,
  path: string,
): boolean {
  if (revealed) return true;
  const key = touchKey(doc, path);
  for (const field of touched) if (related(field, key)) return true;
  return false;
}
