import { browser } from 'wxt/browser';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';

/** The host-permission pattern a feed needs: `https://host/*` (patterns carry no port). */
export function originPatternOf(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Asks for permission to read the feed's origin. Browsers only show the prompt during a user
 * gesture, so call this directly in the click/submit handler, before any `await`.
 * The bundled demo feed needs no permission.
 */
export function requestFeedOrigin(url: string): Promise<boolean> {
  if (url === DEMO_FEED_URL) return Promise.resolve(true);
  let origins: string[];
  try {
    origins = [originPatternOf(url)];
  } catch {
    return Promise.resolve(false);
  }
  return browser.permissions.request({ origins }).catch(() => false);
}

/** Whether the feed's origin is already granted (always true for the demo feed). */
export async function hasFeedOrigin(url: string): Promise<boolean> {
  if (url === DEMO_FEED_URL) return true;
  try {
    return await browser.permissions.contains({ origins: [originPatternOf(url)] });
  } catch {
    return false;
  }
}
