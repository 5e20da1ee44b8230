import { describe, expect, it } from 'vitest';
import { createFeedSync } from '@/shared/feed/sync';
import { feedDocument, freshRepo, item, scriptedServer } from './helpers';
import { readAllItems } from '@/storage/feed-repository';
import { verbatim } from '@/shared/feed/problems';
import { said } from '../../support/in-english';

const URL_A = 'https://acme.example/feed.json';

async function setup() {
  const { db, repo } = freshRepo();
  const server = scriptedServer();
  let clock = 1_000;
  const sync = createFeedSync({ fetchDocument: server.fetchDocument, repo, now: () => clock });
  await repo.add(URL_A, 'user', 0);
  return { db, repo, server, sync, tick: (ms: number) => (clock += ms) };
}

describe('feed sync', () => {
  it('stores a valid feed with its validators and status', async () => {
    const { db, repo, server, sync } = await setup();
    server.ok(feedDocument([item('a'), item('b')]), '"v1"');
    const status = await sync.refresh(URL_A);
    expect(status).toMatchObject({
      title: 'Acme news',
      itemCount: 2,
      lastSuccessAt: 1_000,
      error: undefined,
    });
    expect((await readAllItems(db)).map((i) => i.id)).toEqual(['a', 'b']);
    expect((await repo.get(URL_A))?.etag).toBe('"v1"');
  });

  it('sends the validators of the last copy and treats 304 as a success with no work', async () => {
    const { db, server, sync, tick } = await setup();
    server.ok(feedDocument([item('a')]), '"v1"');
    await sync.refresh(URL_A);
    tick(60_000);
    server.notModified();
    const status = await sync.refresh(URL_A);
    expect(server.calls[0]).toEqual({ url: URL_A });
    expect(server.calls[1]).toMatchObject({ etag: '"v1"' });
    expect(status).toMatchObject({ lastSuccessAt: 61_000, itemCount: 1, error: undefined });
    expect((await readAllItems(db)).length).toBe(1);
  });

  it.each([
    [
      'HTTP 404',
      (s: ReturnType<typeof scriptedServer>) => s.fail('HTTP 404 Not Found', 404),
      'HTTP 404 Not Found',
    ],
    [
      'HTTP 500',
      (s: ReturnType<typeof scriptedServer>) => s.fail('HTTP 500 Internal Server Error', 500),
      'HTTP 500',
    ],
    [
      'timeout',
      (s: ReturnType<typeof scriptedServer>) => s.fail('The feed did not answer within 15 seconds'),
      '15 seconds',
    ],
    ['oversize', (s: ReturnType<typeof scriptedServer>) => s.fail('The feed is larger than 5 MB'), '5 MB'],
    ['not JSON', (s: ReturnType<typeof scriptedServer>) => s.ok('<html>Oops</html>'), 'HTML'],
    [
      'invalid feed',
      (s: ReturnType<typeof scriptedServer>) => s.ok(feedDocument([], { items: 'nope' })),
      'items',
    ],
    ['thrown error', (s: ReturnType<typeof scriptedServer>) => s.ok(undefined as unknown as string), ''],
  ])('keeps the last good copy after a failure: %s', async (_name, failWith, expected) => {
    const { db, server, sync, tick } = await setup();
    server.ok(feedDocument([item('a'), item('b')]), '"v1"');
    await sync.refresh(URL_A);
    tick(5_000);
    failWith(server);
    const status = await sync.refresh(URL_A);
    expect(said(status?.error)).toBeTruthy();
    expect(said(status?.error)).toContain(expected);
    expect(status).toMatchObject({
      lastSuccessAt: 1_000,
      lastAttemptAt: 6_000,
      itemCount: 2,
      title: 'Acme news',
    });
    expect((await readAllItems(db)).length).toBe(2);
  });

  it('recovers on the next good refresh and clears the error', async () => {
    const { server, sync } = await setup();
    server.fail('HTTP 500 Internal Server Error', 500);
    expect(said((await sync.refresh(URL_A))?.error)).toContain('500');
    server.ok(feedDocument([item('c')]));
    const status = await sync.refresh(URL_A);
    expect(status).toMatchObject({ error: undefined, itemCount: 1 });
  });

  it('marks a feed refused for want of permission, and clears the mark once it loads', async () => {
    const { repo, server, sync } = await setup();
    server.refuse();
    expect(await sync.refresh(URL_A)).toMatchObject({
      needsAccess: true,
      error: { code: 'fetch.noAccess' },
    });
    server.fail("Couldn't reach acme.example: Failed to fetch");
    expect(await sync.refresh(URL_A)).not.toHaveProperty('needsAccess');
    server.refuse();
    await sync.refresh(URL_A);
    server.ok(feedDocument([item('a')]));
    expect(await sync.refresh(URL_A)).toMatchObject({ itemCount: 1, error: undefined });
    expect((await repo.get(URL_A))?.needsAccess).toBeUndefined();
  });

  it('replaces items wholesale, so items the organizer removed disappear', async () => {
    const { db, server, sync } = await setup();
    server.ok(feedDocument([item('a'), item('b')]));
    await sync.refresh(URL_A);
    server.ok(feedDocument([item('b'), item('c')]));
    await sync.refresh(URL_A);
    expect((await readAllItems(db)).map((i) => i.id).sort()).toEqual(['b', 'c']);
  });

  it('records item warnings on the feed', async () => {
    const { server, sync } = await setup();
    server.ok(feedDocument([item('a'), item('a'), { id: 'x', url: 'javascript:alert(1)', title: 'X' }]));
    const status = await sync.refresh(URL_A);
    expect(status?.itemCount).toBe(2);
    expect(status?.warnings.map((w) => w.index)).toEqual([1, 2]);
  });

  it('does not send validators when there is no copy to keep', async () => {
    const { repo, server, sync } = await setup();
    await repo.markFailed(URL_A, verbatim('earlier failure'), 10);
    server.fail('HTTP 500 Internal Server Error', 500);
    await sync.refresh(URL_A);
    expect(server.calls[0]).toEqual({ url: URL_A });
  });

  it('shares one download between refreshes that overlap', async () => {
    const { server, sync } = await setup();
    server.ok(feedDocument([item('a')]));
    const [first, second] = await Promise.all([sync.refresh(URL_A), sync.refresh(URL_A)]);
    expect(server.calls).toHaveLength(1);
    expect(first).toEqual(second);
  });

  it('keeps the previous copy when storing the new one fails', async () => {
    const { db, repo, server, sync } = await setup();
    server.ok(feedDocument([item('a')]));
    await sync.refresh(URL_A);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    repo.saveFeed = async () => {
      throw quota;
    };
    server.ok(feedDocument([item('b'), item('c')]));
    const status = await sync.refresh(URL_A);
    expect(said(status?.error)).toMatch(/Not enough storage space/);
    expect((await readAllItems(db)).map((i) => i.id)).toEqual(['a']);
  });

  it('ignores a refresh for a feed that is not subscribed', async () => {
    const { server, sync } = await setup();
    expect(await sync.refresh('https://other.example/feed.json')).toBeUndefined();
    expect(server.calls).toHaveLength(0);
  });
});
