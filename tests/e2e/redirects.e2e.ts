/**
 * Redirects in real Chromium, against feed servers on 127.0.0.1 (issue 15, item 5). Chromium
 * hides a manual redirect's target from an extension, so the browser follows; the extension's
 * connect-src refuses a hop to plain http before it is sent. Every host name but loopback
 * resolves to a trap server, so a request that tried to leave would be seen.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feed, goodItem } from '../fixtures/hostile';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

interface Status {
  url: string;
  title?: string;
  error?: string;
  movedTo?: string;
  sentElsewhere?: boolean;
  itemCount: number;
}
type Answer<T> = { ok: true; data: T } | { ok: false; reason: string };
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

function send<T>(page: Page, message: unknown): Promise<Answer<T>> {
  return page.evaluate(
    (m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<Answer<T>>;
}

async function refresh(page: Page, url: string): Promise<Status | undefined> {
  const answer = await send<Status[]>(page, { type: 'feeds/refresh', url });
  return answer.ok ? answer.data[0] : undefined;
}

async function subscribed(page: Page): Promise<string[]> {
  const answer = await send<Status[]>(page, { type: 'feeds/refresh' });
  return answer.ok ? answer.data.map((s) => s.url).sort() : [];
}

/** Chromium's own update checks reach the trap too; they are the browser's, not the extension's. */
const BROWSER_OWN = /^[^/]*(\.googleapis\.com|\.gvt1\.com|\.google\.com)(:\d+)?\//;

describe('redirects', () => {
  const server = new FeedServer();
  // Another port of 127.0.0.1: a permission pattern has no port, so the extension may read it.
  const sibling = new FeedServer({ port: 0 });
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
    await sibling.start();
    server.serveJson(feed({ title: 'Preset' }, [goodItem('p')]));
    ext = await launchExtension(E2E_BUILD_DIR, {
      args: [`--host-resolver-rules=MAP * 127.0.0.1:${trapPort}, EXCLUDE 127.0.0.1, EXCLUDE localhost`],
    });
    await server.waitForRequests(1);
    page = await ext.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
    await sibling.stop();
    await new Promise((resolve) => trap?.close(resolve));
  });

  it('follows a same-origin redirect, says where the feed now lives, and moves it there', async () => {
    const oldUrl = server.url('/old.json');
    const newUrl = server.url('/new.json');
    server.serveJson(
      feed({ title: 'Moved blog' }, [goodItem('m', { title: 'Moved item' })]),
      {},
      '/new.json',
    );
    server.redirect('/new.json', '/old.json', 301);
    const added = await send<Status>(page, { type: 'feeds/add', url: oldUrl });
    expect(added).toMatchObject({ ok: true, data: { url: oldUrl, title: 'Moved blog', movedTo: newUrl } });

    await page.reload();
    await expect.poll(() => page.getByText(`This feed now lives at ${newUrl}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Use the new address' }).click();
    await expect.poll(() => subscribed(page)).toEqual([server.url('/feed.json'), newUrl].sort());
    await expect.poll(() => page.getByText(/now lives at/).count()).toBe(0);
    expect((await refresh(page, newUrl))?.movedTo).toBeUndefined();
  });

  it('follows a redirect to another origin the extension may read', async () => {
    const url = server.url('/cdn.json');
    server.serveJson(feed({ title: 'Before' }, [goodItem('a')]), {}, '/cdn.json');
    expect(await send(page, { type: 'feeds/add', url })).toMatchObject({ ok: true });
    sibling.serveJson(feed({ title: 'On the CDN' }, [goodItem('a'), goodItem('b')]));
    server.redirect(sibling.url('/feed.json'), '/cdn.json');
    expect(await refresh(page, url)).toMatchObject({
      title: 'On the CDN',
      itemCount: 2,
      movedTo: sibling.url('/feed.json'),
    });
    expect(await send(page, { type: 'feeds/remove', url })).toMatchObject({ ok: true });
  });

  it('says the server sends the feed elsewhere when the target is an origin it may not read', async () => {
    const url = server.url('/elsewhere.json');
    server.serveJson(feed({ title: 'Cached copy' }, [goodItem('a')]), {}, '/elsewhere.json');
    expect(await send(page, { type: 'feeds/add', url })).toMatchObject({ ok: true });
    // localhost is another origin, and the e2e build holds no permission for it.
    sibling.serveJson(feed({ title: 'Elsewhere' }, [goodItem('e')]));
    server.redirect(`http://localhost:${sibling.port}/feed.json`, '/elsewhere.json');
    const status = await refresh(page, url);
    expect(status).toMatchObject({ sentElsewhere: true, title: 'Cached copy', itemCount: 1 });
    expect(status).not.toHaveProperty('movedTo');

    await page.reload();
    const line = page.getByText(/the feed's server sends it to another address that Ownvoice may not read/);
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toMatch(/organizer can give you the feed's new address/);
    expect(await page.getByText(/Couldn't reach/).count()).toBe(0);
    expect(await send(page, { type: 'feeds/remove', url })).toMatchObject({ ok: true });
  });

  it('refuses a redirect to http on a non-loopback host before anything connects to it', async () => {
    const url = server.url('/to-http.json');
    server.serveJson(feed({ title: 'Cached copy' }, [goodItem('a')]), {}, '/to-http.json');
    expect(await send(page, { type: 'feeds/add', url })).toMatchObject({ ok: true });
    server.redirect('http://example.invalid/feed.json', '/to-http.json');
    expect(await refresh(page, url)).toMatchObject({ sentElsewhere: true, itemCount: 1 });
    expect(await send(page, { type: 'feeds/add', url: server.url('/to-http.json?new') })).toMatchObject({
      ok: false,
    });
    expect(leftLoopback()).toEqual([]);
  });
});
