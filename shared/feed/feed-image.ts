/**
 * An item's image, fetched the way feeds are: anonymously. An `<img src>` pointing at the
 * organizer's image host would go with the employee's cookies for that host (SameSite=None ones
 * are sent from an extension page) each time the item is opened, so the host would learn which
 * signed-in person read which item, and when. This fetch sends no cookie, no credentials and no
 * Referer; the page shows the bytes from a `blob:` URL it makes itself.
 *
 * The price: the extension reads the answer, so the host must allow it (the feed's origin, which
 * the extension holds permission for, or `Access-Control-Allow-Origin`). An image that cannot be
 * read this way is not shown; nothing falls back to `<img src>`, which would send the cookies.
 */
import { checkFeedUrl } from './fetch-feed';
import { raceAbort, readBody } from './read-body';

export type FeedImage = { kind: 'ok'; blob: Blob } | { kind: 'unavailable' };
export type ImageLoader = (url: string) => Promise<FeedImage>;

export const IMAGE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  /** Images kept in memory per page: a popup opens a handful of items before it closes. */
  maxEntries: 24,
} as const;

export interface ImageLoaderDeps {
  fetch: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
  maxEntries?: number;
}

const UNAVAILABLE: FeedImage = { kind: 'unavailable' };

/** The feed schema takes only `https` images; a URL with a user name or password is refused as feeds are. */
export function isFeedImageUrl(url: string): boolean {
  const checked = checkFeedUrl(url);
  return checked.ok && checked.url.protocol === 'https:';
}

/**
 * One loader per page. Each URL is fetched once while the page lives (reopening an item, or
 * another item with the same image, reuses the answer) and `force-cache` lets a new popup take it
 * from the browser's HTTP cache without asking the host again, stale or not: an item's image
 * rarely changes, and every request tells the host that someone opened the item.
 */
export function createImageLoader(deps: ImageLoaderDeps): ImageLoader {
  const maxEntries = deps.maxEntries ?? IMAGE_LIMITS.maxEntries;
  const loaded = new Map<string, Promise<FeedImage>>();
  return (url) => {
    const known = loaded.get(url);
    if (known) {
      // Most recently used last, so the oldest is the one forgotten.
      loaded.delete(url);
      loaded.set(url, known);
      return known;
    }
    const result = fetchImage(url, deps);
    loaded.set(url, result);
    if (loaded.size > maxEntries) loaded.delete(loaded.keys().next().value!);
    return result;
  };
}

async function fetchImage(url: string, deps: ImageLoaderDeps): Promise<FeedImage> {
  if (!isFeedImageUrl(url)) return UNAVAILABLE;
  const signal = AbortSignal.timeout(deps.timeoutMs ?? IMAGE_LIMITS.timeoutMs);
  try {
    const response = await raceAbort(
      deps.fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'force-cache',
        mode: 'cors',
        signal,
      }),
      signal,
    );
    const type = response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!response.ok || !type.startsWith('image/')) return UNAVAILABLE;
    const bytes = await readBody(response, deps.maxBytes ?? IMAGE_LIMITS.maxBytes, signal);
    return { kind: 'ok', blob: new Blob([bytes as BlobPart], { type }) };
  } catch {
    // Refused by CORS, offline, too large or too slow: all look the same to the employee.
    return UNAVAILABLE;
  }
}
