import Dexie, { type EntityTable } from 'dexie';
import { isProblem, verbatim, type Problem } from '@/shared/feed/problems';
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
  /**
   * Why the last attempt failed, as a code and parameters each page says in the employee's
   * language (v6; records before it held an English sentence); absent after a success.
   */
  error?: Problem;
  /**
   * The last attempt was refused for want of host permission (the server was up): the page
   * offers "Allow Ownvoice to read <host>". Not indexed, so no schema version is involved.
   */
  needsAccess?: boolean;
  /**
   * The last refresh was redirected to this address (the browser hides whether for good): the
   * page offers "Use the new address". Not indexed, so no schema version is involved.
   */
  movedTo?: string;
  /** The feed's server redirects to an address the browser hides (an origin not readable). */
  sentElsewhere?: boolean;
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

/** (v4) A feed's cached items, in document order: written whole by a refresh, read whole by every page. */
export interface FeedItemsRecord {
  feedUrl: string;
  items: ItemRecord[];
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
  feedItems!: EntityTable<FeedItemsRecord, 'feedUrl'>;
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
    // v4: a refresh replaces a feed's items and every page reads them all: one record per feed
    // makes that one write and one read (5,000 records with three indexes took IndexedDB ~1.4 s).
    this.version(4)
      .stores({ feedItems: 'feedUrl' })
      .upgrade(async (tx) => {
        const byFeed = new Map<string, ItemRecord[]>();
        await tx.table<ItemRecord>('items').each((item) => {
          const list = byFeed.get(item.feedUrl);
          if (list) list.push(item);
          else byFeed.set(item.feedUrl, [item]);
        });
        await tx.table<FeedItemsRecord>('feedItems').bulkPut(
          [...byFeed].map(([feedUrl, items]) => ({
            feedUrl,
            items: items.sort((a, b) => a.position - b.position),
          })),
        );
      });
    // v5: the per-item table v4 copied from (its upgrade needed it still open).
    this.version(5).stores({ items: null });
    // v6: a feed's error and warnings are codes each page says in the employee's language, not
    // English sentences. A sentence stored before is kept word for word until the next refresh.
    this.version(6)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<FeedRecord>('feeds')
          .toCollection()
          .modify((feed) => {
            const stored = feed as unknown as { error?: unknown; warnings?: unknown };
            if (typeof stored.error === 'string') feed.error = verbatim(stored.error);
            if (Array.isArray(stored.warnings)) feed.warnings = stored.warnings.map(codedWarning);
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

/** A warning stored before v6 (`{ path, message }`) as a problem that keeps its words. */
function codedWarning(warning: unknown): FeedWarning {
  const old = warning as Partial<FeedWarning> & { message?: unknown };
  if (isProblem(old)) return old as FeedWarning;
  const { message, ...rest } = old;
  return {
    ...rest,
    path: typeof rest.path === 'string' ? rest.path : '(root)',
    ...verbatim(String(message)),
  };
}

let instance: OwnvoiceDB | undefined;

/** The extension's one database, opened lazily so importing this module does no work. */
export function getDb(): OwnvoiceDB {
  instance ??= new OwnvoiceDB();
  return instance;
}
