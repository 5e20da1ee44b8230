// @vitest-environment node
/**
 * Network faults against a real HTTP server on 127.0.0.1, through fetchFeed (Node's fetch) and
 * the sync: the cached feed stays, the status says what went wrong, the next good refresh
 * recovers. Timeouts use a short `timeoutMs` so the 15 s limit and the 60 s drip cost under a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '@/shared/feed/fetch-feed';
import { createFeedSync } from '@/shared/feed/sync';
import { FeedServer } from '../../e2e/support/feed-server';
import { feed, goodItem } from '../../fixtures/hostile';
import { freshRepo } from '../sync/helpers';
import { readAllItems } from '@/storage/feed-repository';
import { said } from '../../support/in-english';

const GOOD = feed({ title: 'Cached copy' }, [goodItem('a'), goodItem('b')]);
const SIX_MB = feed({}, [goodItem('big', { content_text: 'x'.repeat(6 * 1024 * 1024) })]);

const server = new FeedServer({ port: 0 });
/** Every URL the transport asked for: nothing may leave 127.0.0.1. */
const requested: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  requested.push(String(input));
  return fetch(input, init);
};

beforeAll(async () => {
  await server.start();
});
afterAll(async () => {
  await server.stop();
});

type Fault = [name: string, arrange: (path: string) => void, error: RegExp];

const FAULTS: Fault[] = [
  ['404', (p) => server.respondWith(404, 'Not found', p), /HTTP 404 Not Found/],
  ['500', (p) => server.respondWith(500, 'Oops', p), /HTTP 500 Internal Server Error/],
  ['no answer (timeout)', (p) => server.hang(p), /did not answer within 0\.3 seconds/],
  [
    'a body that drips for 60 s',
    (p) => server.drip(p, { chunk: '{"version":', intervalMs: 20 }),
    /did not answer within 0\.3 seconds/,
  ],
  ['a 6 MB body', (p) => server.serveJson(SIX_MB, {}, p), /larger than 5 MB/],
  [
    'a 6 MB body with its Content-Length',
    (p) => server.serveJson(SIX_MB, { headers: { 'Content-Length': String(Buffer.byteLength(SIX_MB)) } }, p),
    /larger than 5 MB/,
  ],
  [
    'a redirect to plain http on another host',
    (p) => server.redirect('http://example.invalid/feed.json', p),
    /redirected to http:\/\/example\.invalid\/feed\.json which is not https/,
  ],
  [
    'a redirect to a javascript: URL',
    (p) => server.redirect('javascript:alert(1)', p),
    /redirected to javascript:alert\(1\)/,
  ],
  ['a redirect loop', (p) => server.redirect(p, p), /redirected more than 5 times/],
  ['a reset connection', (p) => server.reset(p), /Couldn't reach 127\.0\.0\.1:\d+/],
  [
    'a connection reset half-way through the body',
    (p) => server.reset(p, '{"version":"https://jsonfeed.org/version/1.1","title":"Cut'),
    /connection to 127\.0\.0\.1:\d+ broke while reading/,
  ],
  [
    'text/html with a JSON-looking body (a captive portal)',
    (p) =>
      server.serveJson(
        '{"error":"Sign in to the guest Wi-Fi","redirect":"/login"}',
        { contentType: 'text/html' },
        p,
      ),
    /`version` is missing/,
  ],
  [
    'text/html with a JSON-looking but broken body',
    (p) =>
      server.serveJson(
        '{"version": "https://jsonfeed.org/version/1.1", <b>Error</b>}',
        { contentType: 'text/html' },
        p,
      ),
    /not JSON/,
  ],
  [
    'a 304 with no previous copy',
    (p) => server.respondWith(304, '', p),
    /304 Not Modified but there is no earlier copy/,
  ],
];

async function setup(path: string) {
  const { db, repo } = freshRepo();
  const url = server.url(path);
  let clock = 0;
  const sync = createFeedSync({
    // No validators: the server's answer is exactly the fault, not a 304 for the cached copy.
    fetchDocument: (u) => fetchFeed(u, { fetch: recordingFetch, timeoutMs: 300 }),
    repo,
    now: () => (clock += 1_000),
  });
  await repo.add(url, 'user', 0);
  return { db, sync, url };
}

describe('network faults against 127.0.0.1', () => {
  it.each(FAULTS)(
    '%s: the cached feed stays, the error shows, the next good refresh recovers',
    async (name, arrange, error) => {
      const path = `/fault-${FAULTS.findIndex(([n]) => n === name)}.json`;
      const { db, sync, url } = await setup(path);
      server.serveJson(GOOD, {}, path);
      expect(await sync.refresh(url)).toMatchObject({ error: undefined, itemCount: 2 });

      arrange(path);
      requested.length = 0;
      const failed = await sync.refresh(url);
      expect(said(failed?.error)).toMatch(error);
      expect(failed).toMatchObject({ title: 'Cached copy', itemCount: 2, lastSuccessAt: 1_000 });
      expect((await readAllItems(db)).map((i) => i.id).sort()).toEqual(['a', 'b']);
      for (const target of requested) expect(new URL(target).hostname).toBe('127.0.0.1');

      server.serveJson(feed({ title: 'Back' }, [goodItem('c')]), {}, path);
      expect(await sync.refresh(url)).toMatchObject({ error: undefined, title: 'Back', itemCount: 1 });
      db.close();
    },
  );

  it('follows a redirect to another address on an allowed host', async () => {
    server.serveJson(GOOD, {}, '/moved.json');
    server.redirect('/moved.json', '/old.json', 301);
    const outcome = await fetchFeed(server.url('/old.json'), { fetch: recordingFetch });
    expect(outcome).toMatchObject({ kind: 'ok', finalUrl: server.url('/moved.json') });
  });

  it('never asks the http host a redirect points to', async () => {
    server.redirect('http://example.invalid/feed.json', '/to-http.json');
    requested.length = 0;
    await fetchFeed(server.url('/to-http.json'), { fetch: recordingFetch });
    expect(requested).toEqual([server.url('/to-http.json')]);
  });

  it('accepts a valid feed served as text/html: the body is judged, never rendered', async () => {
    server.serveJson(GOOD, { contentType: 'text/html; charset=utf-8' }, '/html-typed.json');
    const outcome = await fetchFeed(server.url('/html-typed.json'), { fetch: recordingFetch });
    expect(outcome).toMatchObject({ kind: 'ok', text: GOOD });
  });
});
