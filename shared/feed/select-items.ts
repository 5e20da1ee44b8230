import type { FeedRecord, ItemRecord } from '@/storage/db';
import { ROLES, type Role } from './types';

export interface ItemFilters {
  query: string;
  feedUrl?: string;
  tag?: string;
  role?: Role;
  language?: string;
}

export interface ItemPrefs {
  roles: Role[];
  languages: string[];
}

export interface Facets {
  tags: string[];
  roles: Role[];
  languages: string[];
}

// Letters that NFD does not split into base + mark, folded by hand so "Łódź" matches "lodz".
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const MARKS = /\p{M}+/gu;
const UNFOLDED = /[łøđßæœıþ]/g;
const SPACES = /\s+/;

/** Lower-case, accent-free form used for search on both sides. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNFOLDED, (c) => FOLD[c] ?? c);
}

// Items are immutable records from Dexie: their searchable text is folded once per object and reused
// across keystrokes (a new object after a refresh simply gets a new entry).
const haystacks = new WeakMap<ItemRecord, string>();

function haystackOf(item: ItemRecord): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = normalizeText([item.title ?? '', item.summary ?? '', item.tags.join('\n')].join('\n'));
    haystacks.set(item, text);
  }
  return text;
}

/** "en" picks "en", "en-US", "en-GB"; comparisons ignore case. */
function languageMatches(itemLanguage: string, wanted: string): boolean {
  return itemLanguage === wanted || itemLanguage.startsWith(`${wanted}-`);
}

function dateOf(item: ItemRecord): number | undefined {
  return item.datePublished ?? item.dateModified;
}

/**
 * The items the popup lists, in the order it lists them. Pure: `now` and the employee's
 * preferences come in as arguments.
 *
 * - Expired items (expiresAt ≤ now) and items of feeds no longer subscribed are hidden.
 * - The query matches title, summary and tags, ignoring case and accents; every word must match.
 * - An explicit language filter wins over the employee's languages; without one, picked
 *   languages restrict the list (items that declare no language always show).
 * - Order: pinned, then items for one of the employee's roles, then newest (items without a date
 *   last), then the organizer's order (feed, then position in the feed).
 */
export function selectItems(
  items: readonly ItemRecord[],
  feeds: readonly Pick<FeedRecord, 'url'>[],
  filters: ItemFilters,
  prefs: ItemPrefs,
  now: number,
): ItemRecord[] {
  const feedOrder = new Map(feeds.map((f, i) => [f.url, i]));
  const terms = normalizeText(filters.query).split(SPACES).filter(Boolean);
  const tag = filters.tag?.toLowerCase();
  const language = filters.language?.toLowerCase();
  const prefLanguages = language ? [] : prefs.languages.map((l) => l.toLowerCase());
  const prefRoles = new Set(prefs.roles);

  const kept: { item: ItemRecord; pinned: number; role: number; date: number; feed: number }[] = [];
  for (const item of items) {
    if (item.expiresAt !== undefined && item.expiresAt <= now) continue;
    const feed = feedOrder.get(item.feedUrl);
    if (feed === undefined) continue;
    if (filters.feedUrl && item.feedUrl !== filters.feedUrl) continue;
    if (filters.role && !item.roles.includes(filters.role)) continue;
    if (tag && !item.tags.some((t) => t.toLowerCase() === tag)) continue;
    const itemLanguage = item.language?.toLowerCase();
    if (language && (!itemLanguage || !languageMatches(itemLanguage, language))) continue;
    if (
      prefLanguages.length > 0 &&
      itemLanguage &&
      !prefLanguages.some((l) => languageMatches(itemLanguage, l))
    ) {
      continue;
    }
    if (terms.length > 0) {
      const haystack = haystackOf(item);
      if (!terms.every((t) => haystack.includes(t))) continue;
    }
    kept.push({
      item,
      pinned: item.pinned ? 0 : 1,
      role: item.roles.some((r) => prefRoles.has(r)) ? 0 : 1,
      date: dateOf(item) ?? Number.NEGATIVE_INFINITY,
      feed,
    });
  }

  kept.sort(
    (a, b) =>
      a.pinned - b.pinned ||
      a.role - b.role ||
      (b.date === a.date ? 0 : b.date > a.date ? 1 : -1) ||
      a.feed - b.feed ||
      a.item.position - b.item.position,
  );
  return kept.map((k) => k.item);
}

let collator: Intl.Collator | undefined;

/** The choices the filter menus offer: distinct tags (first spelling wins), roles, languages. */
export function facets(items: readonly ItemRecord[]): Facets {
  const tags = new Map<string, string>();
  const roles = new Set<Role>();
  const languages = new Map<string, string>();
  for (const item of items) {
    for (const t of item.tags) {
      const key = t.toLowerCase();
      if (!tags.has(key)) tags.set(key, t);
    }
    for (const r of item.roles) roles.add(r);
    if (item.language) {
      const key = item.language.toLowerCase();
      if (!languages.has(key)) languages.set(key, item.language);
    }
  }
  // One collator: localeCompare with options builds one per comparison.
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  const byText = collator.compare;
  return {
    tags: [...tags.values()].sort(byText),
    roles: ROLES.filter((r) => roles.has(r)),
    languages: [...languages.values()].sort(byText),
  };
}
