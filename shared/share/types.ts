import type { Network } from '../feed/types';

/** How a share left the extension: an intent page opened, or text copied for the employee to paste. */
export const SHARE_STATUSES = ['opened', 'copied', 'posted', 'abandoned'] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

/** Where a share went: a network's share page, or the clipboard ("Copy text"). */
export type ShareChannel = Network | 'clipboard';

/** What a page reports when the employee shares; the background adds the id and time, and stores it. */
export interface ShareInput {
  feedUrl: string;
  itemId: string;
  /** Snapshots: the history stays readable after the feed drops the item. */
  itemTitle?: string;
  itemUrl?: string;
  feedTitle?: string;
  tags: string[];
  channel: ShareChannel;
  /** The final text as shared, link included. */
  text: string;
  /** 0–1, from the own-words meter at the moment of sharing. */
  ownWords: number;
  status: ShareStatus;
}

/** The employee's own voice: a sign-off and favourite hashtags they can insert with one click. */
export interface VoiceSettings {
  signOff: string;
  favoriteHashtags: string[];
  /** Their Mastodon server (e.g. `mastodon.social`), for the Mastodon share target. */
  mastodonInstance: string;
}

/** A share the employee asked for, as the composer hands it to the page that carries it out. */
export interface ShareRequest {
  channel: ShareChannel;
  /** The final text, link included. */
  text: string;
  ownWords: number;
  /** The network's share page, when the channel has one; copyFirst: the text goes to the clipboard first. */
  intent?: { url: string; copyFirst: boolean };
}

export type ShareOutcome = { ok: true; message: string } | { ok: false; reason: string };

/** A share whose fate Ownvoice could not see: "Did your post about ‹title› go out?" */
export interface ShareToConfirm {
  id: string;
  title: string;
  channel: ShareChannel;
  createdAt: number;
}
