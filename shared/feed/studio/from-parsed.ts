/**
 * A feed as the reader keeps it (FeedMeta, FeedItem) → a studio document. Used for RSS and Atom,
 * whose items become a starting point: the organizer adds prompts and suggestions from there.
 */
import { definedOnly } from '../parse-item';
import { FEED_LIMITS, type FeedItem, type FeedMeta, type ParsedFeed } from '../types';
import { JSON_FEED_VERSION, newKey, type StudioDoc, type StudioFeed, type StudioItem } from './document';

/** RFC 3339 in UTC, without the milliseconds nobody writes by hand. */
export function isoDate(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length > 0 ? [...list] : undefined);

function feedFromMeta(meta: FeedMeta): StudioFeed {
  const g = meta.guidelines;
  const guidelines = definedOnly({
    url: g.url,
    notes: g.notes,
    disclosure: g.disclosure,
    blocked_terms: nonEmpty(g.blockedTerms),
    caution_terms: nonEmpty(g.cautionTerms),
    min_own_words: g.minOwnWords > 0 ? g.minOwnWords : undefined,
  });
  const utm = definedOnly({ ...meta.utm });
  const ownvoice = definedOnly({
    schema: 1 as const,
    organization: meta.organization,
    contact: meta.contact,
    refresh_minutes:
      meta.refreshMinutes === FEED_LIMITS.defaultRefreshMinutes ? undefined : meta.refreshMinutes,
    guidelines: Object.keys(guidelines).length > 0 ? guidelines : undefined,
    utm: Object.keys(utm).length > 0 ? utm : undefined,
  });
  return {
    version: JSON_FEED_VERSION,
    title: meta.title,
    ...definedOnly({
      home_page_url: meta.homePageUrl,
      feed_url: meta.feedUrl,
      description: meta.description,
      icon: meta.icon,
      favicon: meta.favicon,
      language: meta.language,
    }),
    _ownvoice: ownvoice,
  };
}

function itemFromFeedItem(item: FeedItem): StudioItem {
  const ownvoice = definedOnly({
    suggestions: nonEmpty(item.suggestions),
    prompts: nonEmpty(item.prompts),
    roles: nonEmpty(item.roles),
    hashtags: nonEmpty(item.hashtags),
    campaign: item.campaign,
    networks: nonEmpty(item.networks),
    pinned: item.pinned ? true : undefined,
    expires_at: isoDate(item.expiresAt),
  });
  return {
    id: item.id,
    ...definedOnly({
      url: item.url,
      external_url: item.externalUrl,
      title: item.title,
      summary: item.summary,
      content_text: item.contentText,
      image: item.image,
      date_published: isoDate(item.datePublished),
      date_modified: isoDate(item.dateModified),
      tags: nonEmpty(item.tags),
      language: item.language,
      _ownvoice: Object.keys(ownvoice).length > 0 ? ownvoice : undefined,
    }),
  };
}

export function fromParsedFeed(feed: ParsedFeed): StudioDoc {
  return {
    feed: feedFromMeta(feed.meta),
    items: feed.items.map((item) => ({ key: newKey(), item: itemFromFeedItem(item) })),
  };
}
