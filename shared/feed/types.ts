/**
 * The feed as the extension keeps it after validation: every field plain text, links checked,
 * dates as epoch milliseconds. The wire format (JSON Feed 1.1 + `_ownvoice`) lives in schema.ts;
 * these types are what the rest of the extension sees.
 */
import type { Problem } from './problems';

export const NETWORKS = ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon'] as const;
export type Network = (typeof NETWORKS)[number];
export type SuggestionNetwork = Network | 'any';

export const ROLES = ['expert', 'promoter', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

export interface Suggestion {
  text: string;
  network: SuggestionNetwork;
  language?: string;
}

export interface Disclosure {
  text: string;
  required: boolean;
}

export interface Guidelines {
  url?: string;
  /** Do's and don'ts, one per line (the feed may give one text or a list). */
  notes?: string;
  /** Part of the feed's guidelines was malformed and left out (absent in feeds stored before). */
  incomplete?: boolean;
  disclosure?: Disclosure;
  blockedTerms: string[];
  cautionTerms: string[];
  /** 0–1: the share of a post's words that must be the employee's own. */
  minOwnWords: number;
}

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
}

/** Feed-level metadata, as stored beside its items. */
export interface FeedMeta {
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  organization?: string;
  /** The organizer's email, for "Email it to your organizer"; optional in the format. */
  contact?: string;
  /** 15–1440; 60 when the feed does not say. */
  refreshMinutes: number;
  guidelines: Guidelines;
  utm: Utm;
}

export interface FeedItem {
  /** Unique within its feed (numbers are read as strings). */
  id: string;
  url?: string;
  externalUrl?: string;
  title?: string;
  summary?: string;
  /** content_text, or content_html reduced to plain text. */
  contentText?: string;
  image?: string;
  /** Epoch milliseconds. */
  datePublished?: number;
  dateModified?: number;
  tags: string[];
  language?: string;
  suggestions: Suggestion[];
  prompts: string[];
  roles: Role[];
  hashtags: string[];
  campaign?: string;
  /** Networks the item is meant for; empty means all. */
  networks: Network[];
  pinned: boolean;
  /** Epoch milliseconds; the item is hidden after it. */
  expiresAt?: number;
}

/** A problem with the whole document: the feed is rejected and the last good copy stays. */
export interface FeedError extends Problem {
  /** JSON path, e.g. `items`, `_ownvoice.refresh_minutes`, `(root)`. */
  path: string;
}

/** A problem with one part of the document that was skipped or dropped; the rest is used. */
export interface FeedWarning extends Problem {
  /** JSON path, e.g. `items[3].url`. */
  path: string;
  /** Index of the item in `items`, when the warning is about an item. */
  index?: number;
  /** The item's id, when it has a readable one. */
  itemId?: string;
}

export interface ParsedFeed {
  meta: FeedMeta;
  items: FeedItem[];
}

export type ParseResult =
  { ok: true; feed: ParsedFeed; warnings: FeedWarning[] } | { ok: false; errors: FeedError[] };

/** Limits from FEED-FORMAT.md, "Transport". */
export const FEED_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxItems: 5000,
  timeoutMs: 15_000,
  minRefreshMinutes: 15,
  maxRefreshMinutes: 1440,
  defaultRefreshMinutes: 60,
  maxTitleLength: 200,
  maxSuggestionLength: 3000,
} as const;
