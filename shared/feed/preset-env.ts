/** The token in OWNVOICE_FEEDS that stands for the bundled demo feed. */
export const DEMO_FEED_TOKEN = 'demo';
/** How the bundled demo feed is stored as a subscription; resolved to the packaged file at fetch time. */
export const DEMO_FEED_URL = 'ownvoice:demo';
/** Where the build packages the demo feed (from assets/demo-feed.json). */
export const DEMO_FEED_FILE = 'demo-feed.json';

/**
 * Reads the build-time preset (comma- or whitespace-separated URLs, `demo` for the bundled demo feed).
 * Runs in Node at build time; a malformed URL stops the build rather than shipping a broken edition.
 */
export function presetFeedsFromEnv(value: string | undefined): string[] {
  if (!value) return [];
  const urls = value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s === DEMO_FEED_TOKEN ? DEMO_FEED_URL : s));
  for (const url of urls) {
    if (url === DEMO_FEED_URL) continue;
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new Error(`OWNVOICE_FEEDS: "${url}" is not an http(s) URL`);
    }
  }
  return [...new Set(urls)];
}

/** Host-permission match patterns for the given feed URLs (`https://host/*`; ports are not part of a pattern). */
export function originPatternsFor(urls: readonly string[]): string[] {
  const patterns = urls
    .filter((u) => u !== DEMO_FEED_URL)
    .map((u) => {
      const { protocol, hostname } = new URL(u);
      return `${protocol}//${hostname}/*`;
    });
  return [...new Set(patterns)];
}
