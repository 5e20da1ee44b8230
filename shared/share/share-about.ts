import type { FeedItem, FeedMeta } from '../feed/types';
import type { ShareInput } from './types';

/** What a history entry keeps about the item, so it stays readable after the feed drops it. */
export type ShareAbout = Omit<ShareInput, 'channel' | 'text' | 'ownWords' | 'status'>;

export function shareAbout(item: FeedItem & { feedUrl: string }, feedTitle: string): ShareAbout {
  return {
    feedUrl: item.feedUrl,
    itemId: item.id,
    itemTitle: item.title,
    itemUrl: item.url ?? item.externalUrl,
    feedTitle,
    tags: item.tags,
  };
}

/** A feed that has not loaded yet, or sets no guidelines, checks nothing. */
export const NO_GUIDELINES: FeedMeta['guidelines'] = { blockedTerms: [], cautionTerms: [], minOwnWords: 0 };
