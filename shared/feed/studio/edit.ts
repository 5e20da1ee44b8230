/**
 * Edits to a studio document, each returning a new document (the old one stays intact for undo
 * and for React). A field is addressed by its path in the wire format, the same path the
 * schema's errors carry: `['_ownvoice', 'guidelines', 'url']`, `['items', 2, 'title']`.
 */
import { valueAt } from '../issues';
import { freeId, newKey, type StudioDoc, type StudioEntry, type StudioItem } from './document';

export type FieldPath = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Empty texts and lists are left out: an absent field is what "not set" means in the format. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Sets (or, for an empty value, removes) a value; objects left empty by a removal go too. */
function setIn(root: unknown, path: FieldPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...(root as unknown[])];
    copy[key] = setIn(copy[key], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const next = rest.length === 0 ? value : setIn(copy[String(key)], rest, value);
  if (isEmpty(next) || (rest.length > 0 && isRecord(next) && Object.keys(next).length === 0)) {
    Reflect.deleteProperty(copy, String(key));
  } else {
    copy[String(key)] = next;
  }
  return copy;
}

export function setField(doc: StudioDoc, path: FieldPath, value: unknown): StudioDoc {
  const [first, index, ...rest] = path;
  if (first === 'items' && typeof index === 'number') {
    const entry = doc.items[index];
    if (!entry) return doc;
    const item = setIn(entry.item, rest, value) as StudioItem;
    const items = doc.items.map((e, i) => (i === index ? { ...e, item: { ...item, id: item.id ?? '' } } : e));
    return { ...doc, items };
  }
  return { ...doc, feed: setIn(doc.feed, path, value) as StudioDoc['feed'] };
}

export function addItem(doc: StudioDoc): StudioDoc {
  const entry: StudioEntry = { key: newKey(), item: { id: freeId(doc, `item-${doc.items.length + 1}`) } };
  return { ...doc, items: [...doc.items, entry] };
}

export function duplicateItem(doc: StudioDoc, index: number): StudioDoc {
  const entry = doc.items[index];
  if (!entry) return doc;
  const copy: StudioEntry = {
    key: newKey(),
    item: { ...structuredClone(entry.item), id: freeId(doc, `${entry.item.id || 'item'}-copy`) },
  };
  return { ...doc, items: [...doc.items.slice(0, index + 1), copy, ...doc.items.slice(index + 1)] };
}

export interface Removed {
  entry: StudioEntry;
  index: number;
}

export function removeItem(doc: StudioDoc, index: number): { doc: StudioDoc; removed: Removed | null } {
  const entry = doc.items[index];
  if (!entry) return { doc, removed: null };
  return { doc: { ...doc, items: doc.items.filter((_, i) => i !== index) }, removed: { entry, index } };
}

/** Undo: the item goes back where it was (or last, if the list got shorter meanwhile). */
export function restoreItem(doc: StudioDoc, removed: Removed): StudioDoc {
  if (doc.items.some((e) => e.key === removed.entry.key)) return doc;
  const at = Math.min(removed.index, doc.items.length);
  return { ...doc, items: [...doc.items.slice(0, at), removed.entry, ...doc.items.slice(at)] };
}

export function moveItem(doc: StudioDoc, index: number, by: -1 | 1): StudioDoc {
  const target = index + by;
  const a = doc.items[index];
  const b = doc.items[target];
  if (!a || !b) return doc;
  const items = [...doc.items];
  items[index] = b;
  items[target] = a;
  return { ...doc, items };
}

export function togglePin(doc: StudioDoc, index: number): StudioDoc {
  const pinned = valueAt(doc.items[index]?.item, ['_ownvoice', 'pinned']) === true;
  return setField(doc, ['items', index, '_ownvoice', 'pinned'], pinned ? undefined : true);
}
