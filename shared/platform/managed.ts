import { browser } from 'wxt/browser';
import { logger } from '../logger';

/**
 * Feeds preset by IT policy (public/managed-schema.json). Browsers without a policy answer
 * with nothing or throw (Firefox without a managed manifest); both mean "no managed feeds".
 */
export async function readManagedFeeds(): Promise<string[]> {
  try {
    const { feeds } = (await browser.storage.managed.get('feeds')) as { feeds?: unknown };
    return Array.isArray(feeds) ? feeds.filter((f): f is string => typeof f === 'string') : [];
  } catch (error) {
    logger.warn('managed storage unavailable', error);
    return [];
  }
}
