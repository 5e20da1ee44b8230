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

/**
 * The feed schema takes only `https` images, and a URL with a user name or password is refused as
 * feed addresses are (fetch-feed's checkFeedUrl, not imported: it would bring the transport's
 * messages into every page that shows an item).
 */
export function isFeedImageUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
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
  const maxBytes = deps.maxBytes ?? IMAGE_LIMITS.maxBytes;
  try {
    // The timeout's signal also stops reading the body.
    const response = await deps.fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'force-cache',
      mode: 'cors',
      signal: AbortSignal.timeout(deps.timeoutMs ?? IMAGE_LIMITS.timeoutMs),
    });
    const type = response.headers.get('Content-Type')?.toLowerCase() ?? '';
    // Content-Length refuses a too large image before it is downloaded; the blob's size catches
    // a server that does not say. (Not feed-fetch's streaming reader: its size is paid by every
    // page that shows an item, for a host the organizer chose.)
    if (
      !response.ok ||
      !type.startsWith('image/') ||
      Number(response.headers.get('Content-Length')) > maxBytes
    ) {
      void response.body?.cancel().catch(() => undefined);
      return UNAVAILABLE;
    }
    const blob = await response.blob();
    return blob.size > maxBytes ? UNAVAILABLE : { kind: 'ok', blob };
  } catch {
    // Refused by CORS, offline, too slow: all look the same to the employee.
    return UNAVAILABLE;
  }
}
