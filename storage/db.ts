import Dexie, { type EntityTable } from 'dexie';
import type { FeedItem, FeedMeta, FeedWarning } from '@/shared/feed/types';
import { shareWords } from '@/shared/history/search';
import type { ShareInput } from '@/shared/share/types';

/** Where a subscription came from: the employee, a build preset, or IT policy (managed storage). */
export type FeedSource = 'user' | 'preset' | 'managed';

export interface FeedRecord {
  /** The feed URL as subscribed (primary key); `ownvoice:demo` for the bundled demo feed. */
  url: string;
  source: FeedSource;
  /** Epoch ms. */
  addedAt: number;
  /** Null until the first successful refresh. */
  meta: FeedMeta | null;
  /** Epoch ms of the last refresh that produced a usable feed (or a 304). */
  lastSuccessAt?: number;
  /** Epoch ms of the last refresh attempt, successful or not. */
  lastAttemptAt?: number;
  /** Why the last attempt failed, in words an employee can act on; absent after a success. */
  error?: string;
  itemCount: number;
  warnings: FeedWarning[];
  /** Validators from the last 200 response, for conditional requests. */
  etag?: string;
  lastModified?: string;
}

export interface ItemRecord extends FeedItem {
  feedUrl: string;
  /** Position in the feed document; keeps the organizer's order among equal dates. */
  position: number;
}

/** One share in the employee's own history. Never leaves the machine unless they export it. */
export interface ShareRecord extends ShareInput {
  id: string;
  /** Epoch ms. */
  createdAt: number;
  /** Derived (v3): normalized words of the text and titles, for history search. Set by a hook below. */
  words?: string[];
}

export class OwnvoiceDB extends Dexie {
  feeds!: EntityTable<FeedRecord, 'url'>;
  items!: Dexie.Table<ItemRecord, [string, string]>;
  shares!: EntityTable<ShareRecord, 'id'>;

  constructor(name = 'ownvoice', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: subscriptions with their status, and the cached items of each feed.
    this.version(1).stores({
      feeds: 'url, source',
      items: '[feedUrl+id], feedUrl, datePublished',
    });
    // v2: the employee's share history (newest first by createdAt; per item for "shared by you").
    this.version(2).stores({
      shares: 'id, createdAt, [feedUrl+itemId], channel, status',
    });
    // v3: the history page filters by feed and tag and searches words through indexes, not scans.
    this.version(3)
      .stores({ shares: 'id, createdAt, [feedUrl+itemId], channel, status, feedUrl, *tags, *words' })
      .upgrade((tx) =>
        tx
          .table<ShareRecord>('shares')
          .toCollection()
          .modify((share) => {
            share.words = shareWords(share);
          }),
      );
    // Whoever writes a share (the background, an import), its search words follow its text.
    this.shares.hook('creating', (_key, share) => {
      share.words = shareWords(share);
    });
    this.shares.hook('updating', (changes, _key, share) =>
      'text' in changes || 'itemTitle' in changes || 'feedTitle' in changes
        ? { words: shareWords({ ...share, ...(changes as Partial<ShareRecord>) }) }
        : undefined,
    );
  }
}

let instance: OwnvoiceDB | undefined;

/** The extension's one database, opened lazily so importing this module does no work. */
export function getDb(): OwnvoiceDB {
  instance ??= new OwnvoiceDB();
  return instance;
}
