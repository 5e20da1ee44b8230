/**
 * Feed images in Firefox (issue 19, item 6): the store package (Manifest V2) in firefox-esr. The
 * image host is HTTPS on localhost, another site than the feed (127.0.0.1) and the extension, and
 * the browser holds cookies for it from a visit (SameSite=None and plain). Opening the item must
 * send that host no cookie and no Referer and show the image from the extension's blob: URL.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, FIREFOX_BUILD_DIR } from '../e2e/support/constants';
import { FeedServer } from '../e2e/support/feed-server';
import { ImageServer } from '../e2e/support/image-server';
import { button, field, launchFirefox, until, waitForText, type LaunchedFirefox } from './support/firefox';

describe('feed images in Firefox', () => {
  const server = new FeedServer({ port: 0 });
  const images = new ImageServer();
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    await images.start();
    images.serve('/cover.png', { cors: true });
    images.serve('/visit', {
      cors: false,
      setCookie: ['tracker=employee-42; Path=/; Secure; SameSite=None', 'session=plain; Path=/'],
    });
    await server.start();
    server.serveJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme news',
      items: [
        {
          id: 'offline',
          url: 'https://acme.example/blog/offline',
          title: 'We shipped offline mode',
          image: images.localhostUrl('/cover.png'),
          date_published: new Date(Date.now() - 3_600_000).toISOString(),
        },
      ],
    });
    firefox = await launchFirefox(FIREFOX_BUILD_DIR, {
      geckoId: DEFAULT_GECKO_ID,
      acceptInsecureCerts: true,
      // permissions.request() grants without the doorhanger a headless Firefox cannot show.
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server.stop();
    await images.stop();
  });

  it('sends the image host no cookie and no Referer, and shows the image from a blob: URL', async () => {
    // The employee has been to the image host: Firefox now holds its cookies.
    const visit = await firefox.browser.newPage();
    await visit.goto(images.localhostUrl('/visit'));
    await visit.close();
    expect(images.requestsFor('/visit')).toHaveLength(1);

    const settings = await firefox.openExtensionPage('options.html');
    await (await field(settings, /Add a feed URL/)).type(server.feedUrl);
    await (await button(settings, 'Add feed')).click();
    await waitForText(settings, /Acme news/);
    await settings.close();

    const popup: Page = await firefox.openExtensionPage('popup.html');
    await (await button(popup, /We shipped offline mode/)).click();
    const src = await until(
      () =>
        popup.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('.detail-image');
          return img?.complete && img.naturalWidth === 320 ? img.src : '';
        }),
      'the image to load',
    );
    const received = images.requestsFor('/cover.png');
    expect(received.length).toBeGreaterThan(0);
    for (const { headers } of received) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.referer).toBeUndefined();
    }
    expect(src).toMatch(/^blob:moz-extension:\/\//);
    await popup.close();
  });
});
