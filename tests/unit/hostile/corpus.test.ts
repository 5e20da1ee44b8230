// @vitest-environment node
/**
 * Every document of the hostile corpus, through the path a real refresh takes: the feed transport
 * (fetchFeed over a fetch that answers with the document), the parser, and Dexie. Nothing throws,
 * nothing pollutes a prototype, a refused feed leaves the last good copy with a clear error, a used
 * feed keeps its bad parts out, and the next good refresh recovers.
 */
import { describe, expect, it } from 'vitest';
import { fetchFeed } from '@/shared/feed/fetch-feed';
import { parseFeedText } from '@/shared/feed/parse';
import { createFeedSync, type FetchDocument } from '@/shared/feed/sync';
import { HOSTILE_CORPUS, feed, goodItem, type HostileDoc } from '../../fixtures/hostile';
import { freshRepo } from '../sync/helpers';
import { storedItems } from '../../fixtures/records';
import { englishText } from '@/shared/cli/english';

const FEED_URL = 'https://hostile.example/feed.json';
const GOOD = feed({ title: 'Last good copy' }, [goodItem('a'), goodItem('b')]);

function serving(docs: { body: string; contentType?: string }[]): FetchDocument {
  return (url, validators) => {
    const next = docs.shift();
    if (!next) throw new Error('no document left to serve');
    const fetch = async () => {
      const res = new Response(next.body, {
        headers: { 'Content-Type': next.contentType ?? 'application/feed+json; charset=utf-8' },
      });
      Object.defineProperty(res, 'url', { value: url });
      return res;
    };
    return fetchFeed(url, { fetch, ...validators });
  };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanKeys = prototypeKeys();

function assertNothingLeaked() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(cleanKeys);
  expect((globalThis as Record<string, unknown>).__ownvoicePwned).toBeUndefined();
}

async function run(doc: HostileDoc) {
  const { db, repo } = freshRepo();
  const docs = [{ body: GOOD }, { body: doc.body(), contentType: doc.contentType }, { body: GOOD }];
  let clock = 1_000;
  const sync = createFeedSync({ fetchDocument: serving(docs), repo, now: () => (clock += 1_000) });
  await repo.add(FEED_URL, 'user', 0);
  expect((await sync.refresh(FEED_URL))?.error).toBeUndefined();
  const hostile = await sync.refresh(FEED_URL);
  const items = await storedItems(db, FEED_URL);
  const recovered = await sync.refresh(FEED_URL);
  const afterRecovery = await storedItems(db, FEED_URL);
  db.close();
  return { hostile, items, recovered, afterRecovery };
}

describe('hostile feed corpus', () => {
  it('has at least 40 documents, each either refused or used', () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CORPUS.map((d) => d.name)).size).toBe(HOSTILE_CORPUS.length);
    for (const doc of HOSTILE_CORPUS) expect(Boolean(doc.rejected) !== Boolean(doc.accepted)).toBe(true);
  });

  it.each(HOSTILE_CORPUS.map((doc) => [doc.name, doc] as const))('%s', async (_name, doc) => {
    expect(() => parseFeedText(doc.body())).not.toThrow();
    const { hostile, items, recovered, afterRecovery } = await run(doc);
    assertNothingLeaked();

    if (doc.rejected) {
      const said = hostile?.error && englishText(hostile.error);
      expect(said).toMatch(doc.rejected);
      // The error is one readable line, not a dump of the document.
      expect(said?.length).toBeLessThan(600);
      expect(hostile).toMatchObject({ title: 'Last good copy', itemCount: 2, lastSuccessAt: 2_000 });
      expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    } else if (doc.accepted) {
      expect(hostile?.error).toBeUndefined();
      expect(hostile?.itemCount).toBe(doc.accepted.items);
      expect(items).toHaveLength(doc.accepted.items);
      if (doc.accepted.warning) {
        expect(hostile?.warnings.map((w) => englishText(w)).join('\n')).toMatch(doc.accepted.warning);
      }
      expect(doc.accepted.check?.(items) ?? []).toEqual([]);
      for (const item of items) {
        for (const link of [item.url, item.externalUrl, item.image]) {
          if (link !== undefined) expect(link).toMatch(/^https?:\/\//);
        }
      }
    }
    // The next good refresh recovers.
    expect(recovered).toMatchObject({ error: undefined, title: 'Last good copy', itemCount: 2 });
    expect(afterRecovery.map((i) => i.id)).toEqual(['a', 'b']);
  });
});
