import { describe, expect, it } from 'vitest';
import { createSubscriptions } from '@/shared/feed/subscriptions';
import { createFeedSync } from '@/shared/feed/sync';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { fakeScheduler, feedDocument, freshRepo, item, scriptedServer } from './helpers';
import { readAllItems } from '@/storage/feed-repository';
import { said } from '../../support/in-english';

function setup() {
  const { db, repo } = freshRepo();
  const server = scriptedServer();
  const { scheduler, periods } = fakeScheduler();
  const released: string[] = [];
  const sync = createFeedSync({ fetchDocument: server.fetchDocument, repo, now: () => 42 });
  const subs = createSubscriptions({
    repo,
    sync,
    scheduler,
    now: () => 42,
    releaseOrigin: async (url) => void released.push(url),
  });
  return { db, repo, server, subs, periods, released };
}

describe('subscriptions', () => {
  it('adds a readable feed and schedules it at its refresh_minutes', async () => {
    const { repo, server, subs, periods } = setup();
    server.ok(feedDocument([item('a')], { _ownvoice: { refresh_minutes: 30 } }));
    const result = await subs.add('  https://acme.example/feed.json ');
    expect(result).toMatchObject({ ok: true, data: { title: 'Acme news', itemCount: 1 } });
    expect(await repo.get('https://acme.example/feed.json')).toMatchObject({ source: 'user' });
    expect(periods.get('https://acme.example/feed.json')).toBe(30);
  });

  it.each([
    ['http on a public host', 'http://acme.example/feed.json'],
    ['not a URL', 'acme feed'],
    ['another scheme', 'ftp://acme.example/feed.json'],
  ])('refuses %s without fetching', async (_name, url) => {
    const { db, server, subs } = setup();
    const result = await subs.add(url);
    expect(result.ok).toBe(false);
    expect(server.calls).toHaveLength(0);
    expect(await db.feeds.count()).toBe(0);
  });

  it('does not subscribe to a feed that cannot be read, and says why', async () => {
    const { db, server, subs } = setup();
    server.fail('HTTP 404 Not Found', 404);
    const result = await subs.add('https://acme.example/missing.json');
    expect(result.ok).toBe(false);
    expect(said(result.ok ? undefined : result.problem)).toBe("Couldn't add this feed: HTTP 404 Not Found");
    expect(await db.feeds.count()).toBe(0);
  });

  it('accepts http on loopback for local testing', async () => {
    const { server, subs } = setup();
    server.ok(feedDocument([item('a')]));
    expect((await subs.add('http://127.0.0.1:8080/feed.json')).ok).toBe(true);
  });

  it('removes a feed and gives back its origin when no other feed needs it', async () => {
    const { db, server, subs, periods, released } = setup();
    server.ok(feedDocument([item('a')]));
    server.ok(feedDocument([item('b')]));
    await subs.add('https://acme.example/a.json');
    await subs.add('https://acme.example/b.json');
    await subs.remove('https://acme.example/a.json');
    expect(released).toEqual([]);
    await subs.remove('https://acme.example/b.json');
    expect(released).toEqual(['https://acme.example/b.json']);
    expect(await db.feeds.count()).toBe(0);
    expect((await readAllItems(db)).length).toBe(0);
    expect(periods.size).toBe(0);
  });

  it('applies IT policy: managed feeds are added, locked, and dropped with the policy', async () => {
    const { repo, server, subs } = setup();
    server.ok(feedDocument([item('a')]));
    await subs.applyManaged(['https://it.example/feed.json', 'javascript:alert(1)']);
    expect(await repo.get('https://it.example/feed.json')).toMatchObject({ source: 'managed', itemCount: 1 });
    const removal = await subs.remove('https://it.example/feed.json');
    expect(said(removal.ok ? undefined : removal.problem)).toContain('set by your organization');
    await subs.applyManaged([]);
    expect(await repo.get('https://it.example/feed.json')).toBeUndefined();
  });

  it('loads the policy feeds of a host as soon as its permission is granted', async () => {
    const { repo, server, subs } = setup();
    const [a, b, other] = [
      'https://news.acme.example/a.json',
      'https://news.acme.example/b.json',
      'https://hr.acme.example/feed.json',
    ];
    for (const url of [a, b, other]) server.refuse(url);
    await subs.applyManaged([a, b, other]);
    server.ok(feedDocument([item('a')]), undefined, a);
    server.ok(feedDocument([item('b')]), undefined, b);
    await subs.refreshWaitingFor(['https://news.acme.example/*']);
    expect(await repo.get(a)).toMatchObject({ itemCount: 1, error: undefined });
    expect(await repo.get(b)).toMatchObject({ itemCount: 1, error: undefined });
    expect(await repo.get(other)).toMatchObject({ needsAccess: true, itemCount: 0 });
  });

  it('keeps a preset feed subscribed even when its host is down at install', async () => {
    const { repo, server, subs } = setup();
    server.fail("Couldn't reach acme.example: connection refused");
    await subs.addPresets(['https://acme.example/feed.json']);
    expect(await repo.get('https://acme.example/feed.json')).toMatchObject({
      source: 'preset',
      error: { code: 'text', params: { text: "Couldn't reach acme.example: connection refused" } },
    });
  });

  it('subscribes the demo feed by its token', async () => {
    const { repo, server, subs } = setup();
    server.ok(feedDocument([item('a')]));
    expect((await subs.add(DEMO_FEED_URL)).ok).toBe(true);
    expect(server.calls[0]?.url).toBe(DEMO_FEED_URL);
    expect(await repo.get(DEMO_FEED_URL)).toBeDefined();
  });

  it('refresh now updates every feed and reports each status', async () => {
    const { server, subs } = setup();
    server.ok(feedDocument([item('a')]));
    server.ok(feedDocument([item('b')]));
    await subs.add('https://a.example/feed.json');
    await subs.add('https://b.example/feed.json');
    server.fail('HTTP 500 Internal Server Error', 500, 'https://a.example/feed.json');
    server.ok(feedDocument([item('b'), item('c')]), undefined, 'https://b.example/feed.json');
    const result = await subs.refresh();
    expect(result.ok && result.data.map((s) => [s.itemCount, Boolean(s.error)])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});
