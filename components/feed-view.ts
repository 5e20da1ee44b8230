import type { Problem } from '@/shared/feed/problems';
import type { FeedItem, FeedMeta, FeedWarning, Role } from '@/shared/feed/types';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { t, uiLocale } from '@/shared/i18n';

/**
 * What views need of the stored records. Structural twins of storage/db.ts's ItemRecord and
 * FeedRecord, so components never import storage/ (see eslint.config.js) yet accept those records.
 */
export interface ItemView extends FeedItem {
  feedUrl: string;
  position: number;
}

export interface FeedView {
  url: string;
  source: 'user' | 'preset' | 'managed';
  meta: FeedMeta | null;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  error?: Problem;
  /** The last refresh was refused for want of permission to read the feed's host. */
  needsAccess?: boolean;
  /** The last refresh was redirected to this address. */
  movedTo?: string;
  /** The feed's server redirects to an address the browser hides. */
  sentElsewhere?: boolean;
  itemCount: number;
  warnings: FeedWarning[];
}

/** A stable key for an item across feeds. */
export function itemKey(item: Pick<ItemView, 'feedUrl' | 'id'>): string {
  return `${item.feedUrl}\n${item.id}`;
}

/** The feed's title, or its host until the first successful refresh. */
export function feedTitle(feed: Pick<FeedView, 'url' | 'meta'> | undefined): string {
  if (!feed) return t('feed.unknown');
  if (feed.meta?.title) return feed.meta.title;
  if (feed.url === DEMO_FEED_URL) return t('feed.demo');
  return URL.canParse(feed.url) ? new URL(feed.url).host : feed.url;
}

/** Who the items come from: the organization when the feed names one, else the feed title. */
export function feedSourceName(feed: Pick<FeedView, 'url' | 'meta'> | undefined): string {
  return feed?.meta?.organization ?? feedTitle(feed);
}

/** Only http(s) links are ever rendered as links. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}

export const ROLE_LABELS: Record<Role, string> = {
  get expert() {
    return t('role.expert');
  },
  get promoter() {
    return t('role.promoter');
  },
  get organizer() {
    return t('role.organizer');
  },
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

let languageNames: Intl.DisplayNames | undefined;

/** "pl" → "Polish (pl)" where the browser knows the name. */
export function languageLabel(code: string): string {
  try {
    // One instance: filter menus label every language on each render.
    languageNames ??= new Intl.DisplayNames(uiLocale(), { type: 'language' });
    const name = languageNames.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
