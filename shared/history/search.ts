/**
 * Text search in the history without reading every entry: each share keeps `words`, its
 * normalized words (text, item title, feed title), in a multiEntry index; a query matches the
 * entries that have, for every word typed, a word starting with it ("tunn" finds "tunnel").
 */

/** Words longer than this are indexed by their first MAX_WORD characters; prefixes still match. */
export const MAX_WORD = 24;
/** A post of 70,000 characters should not add thousands of index entries. */
const MAX_WORDS = 200;

/** Lower case, no diacritics ("Café" → "cafe"), so search ignores both. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function tokens(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct words of a share, for the `words` index. */
export function shareWords(share: { text: string; itemTitle?: string; feedTitle?: string }): string[] {
  const words = new Set<string>();
  for (const source of [share.itemTitle, share.feedTitle, share.text]) {
    if (!source) continue;
    for (const word of tokens(source)) {
      words.add(word.slice(0, MAX_WORD));
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

/** What a search box holds, as prefixes to look up; the longest first (fewest matches). */
export function queryPrefixes(query: string): string[] {
  return [...new Set(tokens(query).map((t) => t.slice(0, MAX_WORD)))].sort((a, b) => b.length - a.length);
}
