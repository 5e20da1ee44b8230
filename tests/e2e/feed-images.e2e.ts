/**
 * Feed images are not tracking pixels (issue 19, item 6). The item's image lives on a host of its
 * own (HTTPS, another site than the feed and the extension) where the employee has cookies, as at
 * a CDN they are signed in to. Every request the browser makes is logged with its headers, and
 * the image host keeps what it received: opening the item, and reopening it in a new popup, must
 * send that host no cookie and no Referer, and show the image from the extension's own blob: URL.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { ImageServer } from './support/image-server';
import { invokeOn, panelFrame, routeLinkedIn } from './support/linkedin';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

const images = new ImageServer();

const item = (id: string, title: string, image: string) => ({
  id,
  url: `https://acme.example/blog/${id}`,
  title,
  summary: 'Boards, forms and checklists now work without a connection.',
  image,
  date_published: new Date(Date.now() - 3_600_000).toISOString(),
});

describe('feed images', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  const seen: { url: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    await images.start();
    // A CDN that allows anonymous reads, and one that sends no Access-Control-Allow-Origin.
    images.serve('/cover.png', { cors: true });
    images.serve('/private.png', { cors: false });
    await server.start();
    server.serveJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme news',
      items: [
        item('offline', 'We shipped offline mode', images.url('/cover.png')),
        item('private', 'Our new office', images.url('/private.png')),
      ],
    });
    ext = await launchExtension(E2E_BUILD_DIR, { args: images.chromiumArgs() });
    // Cookies the employee's browser holds for the image host: one sent cross-site (SameSite=None,
    // what an <img> from an extension page carries), one plain.
    await ext.context.addCookies([
      {
        name: 'tracker',
        value: 'employee-42',
        domain: images.hostname,
        path: '/',
        secure: true,
        sameSite: 'None',
      },
      { name: 'session', value: 'plain', domain: images.hostname, path: '/' },
    ]);
    ext.context.on('request', (request) => {
      void request.allHeaders().then(
        (headers) => seen.push({ url: request.url(), headers }),
        () => seen.push({ url: request.url(), headers: {} }),
      );
    });
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
    await images.stop();
  });

  /** The opened item's image, once it has loaded: its src and size as drawn. */
  async function shownImage(popup: Page | Frame) {
    const img = popup.locator('.detail-image');
    await img.waitFor();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(320);
    return img.evaluate((el: HTMLImageElement) => ({ src: el.src, width: el.getBoundingClientRect().width }));
  }

  /** No element of the page ever pointed at the image host (that would be a request with cookies). */
  const remoteSources = (popup: Page | Frame) =>
    popup.evaluate(() =>
      [...document.querySelectorAll('[src], [srcset]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('srcset') ?? '')
        .filter(
          (src) => !src.startsWith('blob:') && !src.startsWith('chrome-extension:') && !src.startsWith('/'),
        ),
    );

  it('loads the image without cookies or Referer, once, and shows it from a blob: URL', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /We shipped offline mode/ }).click();
    const first = await shownImage(popup);
    // What the image host learns: no cookie, no credentials, no Referer.
    expect(images.requestsFor('/cover.png').length).toBeGreaterThan(0);
    for (const { headers } of images.requestsFor('/cover.png')) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
      expect(headers.referer).toBeUndefined();
    }
    expect(first.src).toMatch(new RegExp(`^blob:chrome-extension://${ext.extensionId}/`));
    expect(first.width).toBeGreaterThan(0);
    expect(await remoteSources(popup)).toEqual([]);

    // Back and into the same item again, in the same popup: answered from the page's memory.
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.getByRole('button', { name: /We shipped offline mode/ }).click();
    await shownImage(popup);

    // The popup closes and reopens on the remembered item: the HTTP cache answers.
    await popup.close();
    const reopened = await ext.openExtensionPage('popup.html');
    const again = await shownImage(reopened);
    expect(again.src).toMatch(/^blob:/);
    await reopened.close();

    // Three openings, one request: the host hears of the item once, not at every reopen.
    expect(images.requestsFor('/cover.png')).toHaveLength(1);
    // What the browser itself says it sent agrees with what the host received.
    const logged = seen.filter((r) => r.url === images.url('/cover.png'));
    expect(logged.length).toBeGreaterThan(0);
    // (A request answered from the cache is reported with its provisional headers, Referer "".)
    for (const { headers } of logged) {
      expect(headers.cookie ?? '').toBe('');
      expect(headers.referer ?? '').toBe('');
    }
  });

  it('shows a quiet line, and sends no cookie, when the image host allows no anonymous read', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.getByRole('button', { name: /Our new office/ }).click();
    await popup
      .getByText('Image not shown: its server does not allow loading it without identifying you.')
      .waitFor();
    expect(await popup.locator('.detail-image').count()).toBe(0);
    expect(await remoteSources(popup)).toEqual([]);
    // The request still reaches the host (a CORS read is refused after the answer), without cookies.
    for (const { headers } of images.requestsFor('/private.png')) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.referer).toBeUndefined();
    }
    await popup.close();
  });

  it('does the same in the LinkedIn panel: no cookie, a blob: URL of the extension, nothing on the page', async () => {
    await routeLinkedIn(ext.context);
    const linkedin = await ext.context.newPage();
    // An empty HTTP cache, so the panel's image is fetched anew and its headers can be read.
    const cdp = await ext.context.newCDPSession(linkedin);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const before = images.requestsFor('/cover.png').length;
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(ext, linkedin);
    const frame = await panelFrame(linkedin);
    await frame.getByRole('button', { name: /We shipped offline mode/ }).click();
    const shown = await shownImage(frame);
    expect(shown.src).toMatch(new RegExp(`^blob:chrome-extension://${ext.extensionId}/`));
    expect(await remoteSources(frame)).toEqual([]);
    const fromPanel = images.requestsFor('/cover.png').slice(before);
    expect(fromPanel.length).toBeGreaterThan(0);
    for (const { headers } of fromPanel) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.referer).toBeUndefined();
    }
    // LinkedIn's own document holds no image of the feed's.
    expect(await linkedin.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await linkedin.close();
  });
});
