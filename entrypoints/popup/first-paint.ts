import type { ItemView } from '@/components/feed-view';

/**
 * "Render from the cache first": the top of the list as the popup last showed it, kept in the
 * extension's own localStorage, which answers synchronously. The popup paints these cards at
 * once and swaps in IndexedDB's answer a few frames later. Only what a card shows is kept.
 */
const KEY = 'ownvoice:first-paint:v1';
const COUNT = 12;

export interface FirstPaint {
  items: ItemView[];
  /** Source name per feed URL, as the cards show it. */
  sources: Record<string, string>;
}

function card(item: ItemView): ItemView {
  return {
    id: item.id,
    feedUrl: item.feedUrl,
    position: item.position,
    title: item.title,
    summary: item.summary,
    datePublished: item.datePublished,
    dateModified: item.dateModified,
    pinned: item.pinned,
    tags: item.tags,
    suggestions: [],
    prompts: [],
    roles: [],
    hashtags: [],
    networks: [],
  };
}

export function readFirstPaint(storage: Storage | undefined = globalThis.localStorage): FirstPaint | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<FirstPaint>;
    if (!Array.isArray(parsed.items) || typeof parsed.sources !== 'object' || parsed.sources === null)
      return null;
    return { items: parsed.items, sources: parsed.sources };
  } catch {
    return null;
  }
}

export function writeFirstPaint(
  items: readonly ItemView[],
  sourceNameOf: (item: ItemView) => string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const top = items.slice(0, COUNT).map(card);
  const sources = Object.fromEntries(top.map((item) => [item.feedUrl, sourceNameOf(item)]));
  try {
    storage?.setItem(KEY, JSON.stringify({ items: top, sources }));
  } catch {
    // A full or disabled localStorage only costs the fast first paint.
  }
}

export function clearFirstPaint(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to do.
  }
}
