import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FEED_PATH, E2E_BUILD_DIR, E2E_FEED_URL } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// The e2e build is pre-subscribed to E2E_FEED_URL and may read 127.0.0.1 without a prompt,
// so these flows need no permission dialog (which headless Chromium cannot answer).
const demoFeed = JSON.parse(readFileSync(DEMO_FEED_PATH, 'utf8')) as Record<string, unknown>;

const otherFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Contoso People Team',
  _ownvoice: { schema: 1, organization: 'Contoso' },
  items: [
    {
      id: 'contoso-1',
      url: 'https://contoso.example/blog/mentoring',
      title: 'Our mentoring programme turns five',
      summary: 'Two hundred pairs later, here is what we learned.',
      date_published: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      language: 'en',
    },
  ],
};

describe('feeds in the e2e build', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let popup: Page;

  beforeAll(async () => {
    await server.start();
    expect(server.feedUrl).toBe(E2E_FEED_URL);
    server.serveJson(demoFeed);
    ext = await launchExtension(E2E_BUILD_DIR);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it("lists the preset feed's items, pinned first, without expired ones", async () => {
    await server.waitForRequests(1);
    popup = await ext.openExtensionPage('popup.html');
    const items = popup.getByRole('list', { name: 'Items' });
    await expect.poll(() => items.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
    const cards = items.getByRole('button');
    await expect.poll(() => cards.first().textContent()).toMatch(/^Pinned/);
    expect(await popup.getByText('Meet us at DevDays Berlin').count()).toBe(0);
    expect(await popup.getByText(/^Updated /).count()).toBe(1);
  });

  it('refreshes with a conditional request and keeps the items on 304', async () => {
    const before = server.requestCount();
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await server.waitForRequests(before + 1);
    const last = server.requests.at(-1);
    expect(last?.headers['if-none-match'] ?? last?.headers['if-modified-since']).toBeTruthy();
    expect(last?.status).toBe(304);
    await expect.poll(() => popup.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  it('says why a refresh failed and keeps showing the last good copy', async () => {
    server.respondWith(500, 'Internal Server Error');
    const before = server.requestCount();
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await server.waitForRequests(before + 1);
    await expect
      .poll(() =>
        popup
          .getByText(/^Showing the copy from .*: the last refresh failed\. The feed's server has a problem/)
          .count(),
      )
      .toBe(1);
    expect(await popup.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
  });

  it('picks up new content once the server recovers', async () => {
    server.serveJson({
      ...demoFeed,
      items: [
        {
          id: 'fresh-1',
          url: 'https://northwind.example/blog/fresh',
          title: 'A brand-new item after the outage',
          date_published: new Date().toISOString(),
          language: 'en',
        },
      ],
    });
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await expect
      .poll(() => popup.getByRole('button', { name: /A brand-new item after the outage/ }).count())
      .toBe(1);
    expect(await popup.getByText(/the last refresh failed/).count()).toBe(0);
    expect(await popup.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(0);
  });

  it('subscribes to another feed from the options page', async () => {
    server.serveJson(otherFeed, {}, '/other.json');
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('textbox', { name: 'Add a feed URL' }).fill(server.url('/other.json'));
    await options.getByRole('button', { name: 'Add feed' }).click();
    await expect.poll(() => options.getByText('Contoso People Team').count()).toBeGreaterThan(0);
    expect(server.requestCount('/other.json')).toBeGreaterThan(0);

    await popup.reload();
    await expect
      .poll(() => popup.getByRole('button', { name: /Our mentoring programme turns five/ }).count())
      .toBe(1);
    await options.close();
  });

  it('refuses to add a feed the server does not have, and says so', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('textbox', { name: 'Add a feed URL' }).fill(server.url('/missing.json'));
    await options.getByRole('button', { name: 'Add feed' }).click();
    await expect
      .poll(() =>
        options
          .getByRole('alert')
          .filter({ hasText: /Couldn't add this feed/ })
          .count(),
      )
      .toBe(1);
    expect(server.countByStatus(404, '/missing.json')).toBeGreaterThan(0);
    await options.close();
  });
});
