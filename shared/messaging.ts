import { browser } from 'wxt/browser';
import type { Problem } from './feed/problems';
import type { FeedWarning } from './feed/types';
import type { FeedRecord, ItemRecord } from '@/storage/db';
import type { Draft } from '@/storage/drafts';
import type { Role } from './feed/types';
import type { LinkedInLayout } from './linkedin/layouts';
import type { PanelMessage, PutResult } from './linkedin/panel-protocol';
import type { ShareInput, ShareStatus, ShareToConfirm, VoiceSettings } from './share/types';

/**
 * The one protocol between extension pages (and, later, the LinkedIn overlay) and the background.
 * Requests are plain JSON; the background validates every one with zod (messaging-schema.ts) and
 * answers with an error value rather than throwing across contexts.
 */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string; problem?: Problem };

/**
 * A failure that is a feed problem: pages say `problem` in the employee's language
 * (problem-text.ts `failureText`); `reason` holds its code for logs.
 */
export function failure(found: Problem): { ok: false; reason: string; problem: Problem } {
  return { ok: false, reason: found.code, problem: found };
}

/** What a page may show about a subscription after an action. */
export interface FeedStatus {
  url: string;
  title?: string;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  /** Why the last attempt failed, as a code each page says in its own language. */
  error?: Problem;
  /** The server answered but the browser refused the read: the origin is not granted. */
  needsAccess?: boolean;
  /** The feed was redirected to this address: "Use the new address" moves the subscription. */
  movedTo?: string;
  /** The feed's server redirects to an address the browser hides from the extension. */
  sentElsewhere?: boolean;
  itemCount: number;
  warnings: FeedWarning[];
}

export interface Protocol {
  /** Subscribe to a feed: fetched and validated first; a feed that can't be read is not added. */
  'feeds/add': { request: { url: string }; response: FeedStatus };
  /** Unsubscribe (not allowed for feeds set by IT policy). */
  'feeds/remove': { request: { url: string }; response: null };
  /** "Refresh now": one feed, or every feed when `url` is absent. */
  'feeds/refresh': { request: { url?: string }; response: FeedStatus[] };
  /** The feed check page: fetch a document with the feed transport, store nothing. */
  'feeds/fetch-text': { request: { url: string }; response: { text: string } };
  /** The employee shared a post: one entry in their local history. */
  'shares/record': { request: { share: ShareInput }; response: { id: string } };
  /** What became of a share: posted or abandoned in LinkedIn's composer, or changed in history. */
  'shares/update-status': { request: { id: string; status: ShareStatus }; response: null };
  /**
   * The LinkedIn panel's data. The panel is an extension page, but framed in linkedin.com it is a
   * third-party frame whose IndexedDB the browser denies, so the background reads it.
   */
  'overlay/data': { request: object; response: OverlayData };
  /**
   * The LinkedIn panel's line to the page script in its tab: the background passes the message to
   * the top frame of the sender's tab. Firefox gives an extension page framed in a web page no
   * `tabs` API, so the frame cannot address its tab itself; the browser names the sender's tab.
   */
  'panel/relay': { request: { message: PanelMessage }; response: PutResult | null };
  /** "Open on this page": inject the overlay into that tab (activeTab granted by the click). */
  'overlay/open': { request: { tabId: number }; response: null };
  /** Turn the opt-in launcher button on LinkedIn on or off (the page asked for the permission). */
  'launcher/set': { request: { enabled: boolean }; response: null };
  /** The composer layout "Put in LinkedIn post" met, kept locally for Settings ("last layout seen"). */
  'linkedin/layout': { request: { layout: LinkedInLayout }; response: null };
  'drafts/get': { request: { feedUrl: string; itemId: string }; response: Draft | null };
  'drafts/save': { request: { feedUrl: string; itemId: string; draft: Draft }; response: null };
  'drafts/clear': { request: { feedUrl: string; itemId: string }; response: null };
}

export interface OverlayData {
  feeds: FeedRecord[];
  items: ItemRecord[];
  roles: Role[];
  languages: string[];
  voice: VoiceSettings;
  /** How often the employee shared each item, by `feedUrl\nitemId`. */
  shareCounts: Record<string, number>;
  /** A share left "opened" to ask about once ("Did your post … go out?"), or null. */
  toConfirm: ShareToConfirm | null;
}

/**
 * What the script on LinkedIn's page may ask: record what it put in LinkedIn's composer and what
 * became of it. Feed data and drafts are for the extension's own pages (the panel frame is one).
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'shares/record',
  'shares/update-status',
  'linkedin/layout',
]);

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];
export type Response<K extends MessageType> = Result<Protocol[K]['response']>;

/** Sends a request to the background; a missing or dead background becomes `{ ok: false }`. */
export async function sendToBackground<K extends MessageType>(request: Request<K>): Promise<Response<K>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Response<K> | undefined;
    return answer ?? { ok: false, reason: 'Ownvoice did not answer. Reload the extension and try again.' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
