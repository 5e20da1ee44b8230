/**
 * Network faults in real Chromium, against feed servers on 127.0.0.1: the cached feed stays, the
 * status says what went wrong, and the next good refresh recovers. Every host name resolves to a
 * trap server, so a request that tried to leave 127.0.0.1 (the http:// redirect) would be seen.
 * The one real timeout (15 s) runs for the hanging and the dripping feed at the same time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feed, goodItem } from '../fixtures/hostile';
import { E2E_BUILD_DIR, E2E_FEED_URL } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { inEnglish } from '../support/in-english';

const GOOD = feed({ title: 'Cached copy' }, [goodItem('a', { title: 'Cached item A' }), goodItem('b')]);
const SIX_MB = feed({}, [goodItem('big', { content_text: 'x'.repeat(6 * 1024 * 1024) })]);

interface Status {
  url: string;
  title?: string;
  /** In English (inEnglish): the background stores a code each page translates. */
  error?: string;
  itemCount: number;
}
type Answer = { ok: true; data: Status[] } | { ok: false; reason: string; problem?: string };
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

async function send(page: Page, message: unknown): Promise<Answer> {
  const answer = await page.evaluate(
    (m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m),
    message,
  );
  return inEnglish(answer) as Answer;
}

async function refresh(page: Page, url = E2E_FEED_URL): Promise<Status | undefined> {
  const answer = await send(page, { type: 'feeds/refresh', url });
  return answer.ok ? answer.data[0] : undefined;
}

/** Chromium's own update checks reach the trap too; they are the browser's, not the extension's. */
const BROWSER_OWN = /^[^/]*(\.googleapis\.com|\.gvt1\.com|\.google\.com)(:\d+)?\//;

describe('network faults', () => {
  const server = new FeedServer();
  const trapHits: string[] = [];
  let trap: Server;
  const leftLoopback = () => trapHits.filter((hit) => !BROWSER_OWN.test(hit));
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    trap = createServer((req, res) => {
      trapHits.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
      res.end();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const trapPort = (trap.address() as AddressInfo).port;
    await server.start();
    server.serveJson(GOOD);
    ext = await launchExtension(E2E_BUILD_DIR, {
      args: [`--host-resolver-rules=MAP * 127.0.0.1:${trapPort}, EXCLUDE 127.0.0.1`],
    });
    await server.waitForRequests(1);
    page = await ext.openExtensionPage('options.html');
    expect((await refresh(page))?.title).toBe('Cached copy');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
    await new Promise((resolve) => trap?.close(resolve));
  });

  const FAULTS: [string, () => void, RegExp][] = [
    ['404', () => server.respondWith(404, 'Not found'), /HTTP 404/],
    ['500', () => server.respondWith(500, 'Oops'), /HTTP 500/],
    ['a 6 MB body', () => server.serveJson(SIX_MB, { etag: null, lastModified: null }), /larger than 5 MB/],
    [
      'a redirect to http://example.invalid/',
      () => server.redirect('http://example.invalid/feed.json'),
      // The browser follows, and the extension's connect-src refuses the http hop unsent.
      /server sends it to another address/,
    ],
    ['a reset connection', () => server.reset(), /Couldn't reach 127\.0\.0\.1/],
    [
      'a reset half-way through the body',
      () => server.reset(undefined, '{"version":"https://jsonfeed.org/version/1.1","ti'),
      /broke while reading|Couldn't reach/,
    ],
    [
      'text/html with a JSON-looking body',
      () =>
        server.serveJson('{"error":"Sign in to the guest Wi-Fi"}', {
          contentType: 'text/html',
          etag: null,
          lastModified: null,
        }),
      /`version` is missing/,
    ],
  ];

  it('keeps the cached feed through each fault, says why, and recovers', async () => {
    const problems: string[] = [];
    for (const [name, arrange, error] of FAULTS) {
      arrange();
      const failed = await refresh(page);
      if (!(error.test(failed?.error ?? '') && failed?.itemCount === 2 && failed.title === 'Cached copy')) {
        problems.push(`${name}: ${JSON.stringify(failed)}`);
      }
      server.serveJson(GOOD);
      const recovered = await refresh(page);
      if (recovered?.error !== undefined || recovered?.itemCount !== 2) {
        problems.push(`${name}, recovery: ${JSON.stringify(recovered)}`);
      }
    }
    expect(problems).toEqual([]);
    // The redirect target was refused before anything connected to it.
    expect(leftLoopback()).toEqual([]);
  });

  it('shows the error in the popup beside the cached items', async () => {
    server.respondWith(500, 'Oops');
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await expect
      .poll(() => popup.getByText(/the last refresh failed\. The feed's server has a problem/).count())
      .toBe(1);
    // The status code is for whoever helps: behind "Details".
    expect(await popup.getByText(/^HTTP 500/).isVisible()).toBe(false);
    expect(await popup.getByRole('button', { name: /Cached item A/ }).count()).toBe(1);
    server.serveJson(GOOD);
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await expect.poll(() => popup.getByText(/the last refresh failed/).count()).toBe(0);
    await popup.close();
  });

  it('refuses to add a feed that answers 304 with no earlier copy', async () => {
    server.respondWith(304, '', '/not-modified.json');
    const answer = await send(page, { type: 'feeds/add', url: server.url('/not-modified.json') });
    expect(answer).toEqual({
      ok: false,
      reason: 'subscribe.failed',
      problem: expect.stringMatching(/304 Not Modified but there is no earlier copy/),
    });
  });

  it('times out a feed that never answers and one that drips for 60 s, together, in 15 s', async () => {
    // Both start as good feeds, then fail on the same refresh.
    for (const path of ['/hang.json', '/drip.json']) {
      server.serveJson(GOOD, {}, path);
      expect(await send(page, { type: 'feeds/add', url: server.url(path) })).toMatchObject({ ok: true });
    }
    server.hang('/hang.json');
    server.drip('/drip.json', { chunk: ' ', intervalMs: 200, totalMs: 60_000 });
    const started = Date.now();
    const [hung, dripped] = await Promise.all([
      refresh(page, server.url('/hang.json')),
      refresh(page, server.url('/drip.json')),
    ]);
    for (const status of [hung, dripped]) {
      expect(status?.error).toMatch(/did not answer within 15 seconds/);
      expect(status).toMatchObject({ title: 'Cached copy', itemCount: 2 });
    }
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await refresh(page)).toMatchObject({ title: 'Cached copy', itemCount: 2 });
    expect(leftLoopback()).toEqual([]);
  });
});
