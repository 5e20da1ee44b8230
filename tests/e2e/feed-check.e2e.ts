import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, ROOT_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// The e2e build may read 127.0.0.1 without a prompt, so the page can fetch from the test server.
const newsroomRss = readFileSync(path.join(ROOT_DIR, 'tests/fixtures/feeds/xml/newsroom-rss.xml'), 'utf8');

const guidedFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: {
    organization: 'Acme',
    guidelines: { disclosure: { text: '#AcmeEmployee', required: true }, blocked_terms: ['confidential'] },
  },
  items: [
    {
      id: 'launch',
      url: 'https://acme.example/launch',
      title: 'We shipped offline mode',
      _ownvoice: { suggestions: [{ text: 'Our confidential plans are live!', network: 'linkedin' }] },
    },
  ],
};

describe('feed check page', () => {
  const server = new FeedServer({ port: 0 });
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    server.serveJson(newsroomRss, { contentType: 'application/rss+xml; charset=utf-8' }, '/press.rss');
    server.serveJson(guidedFeed, {}, '/guided.json');
    server.serveJson({ version: 'https://jsonfeed.org/version/1.1', items: {} }, {}, '/broken.json');
    ext = await launchExtension(E2E_BUILD_DIR);
    page = await ext.openExtensionPage('feed-check.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  async function check(url: string) {
    await page.getByRole('textbox', { name: 'Feed URL' }).fill(url);
    await page.getByRole('button', { name: 'Check' }).click();
  }

  it('previews an RSS feed from a URL, with its warnings in XML terms', async () => {
    await check(server.url('/press.rss'));
    await expect
      .poll(() => page.getByRole('heading', { name: /^Usable: 3 items, 1 warning/ }).count())
      .toBe(1);
    expect(
      await page.getByRole('article', { name: 'Tailspin Toys reports record third quarter' }).count(),
    ).toBe(1);
    const cmd = page.getByRole('article', { name: 'Invitation to the Capital Markets Day' });
    expect(await cmd.textContent()).toContain('`rss.channel.item[1].enclosure[0]`');
    const accept = server.requests.find((r) => r.path === '/press.rss')?.headers.accept;
    expect(accept).toContain('application/rss+xml');
  });

  it('flags a suggestion that breaks the feed’s own guidelines', async () => {
    await check(server.url('/guided.json'));
    const item = page.getByRole('article', { name: 'We shipped offline mode' });
    await expect.poll(() => item.count()).toBe(1);
    const text = await item.textContent();
    expect(text).toContain('"confidential" is not allowed in posts');
    expect(text).toContain('Add #AcmeEmployee');
  });

  it('lists the errors of a rejected feed by their fields', async () => {
    await check(server.url('/broken.json'));
    await expect.poll(() => page.getByRole('heading', { name: /^Rejected/ }).count()).toBe(1);
    const errors = await page.getByRole('list', { name: 'Errors' }).textContent();
    expect(errors).toContain('Feed title is empty');
    expect(errors).toContain('Items is an object');
  });

  it('opens from the options page', async () => {
    const options = await ext.openExtensionPage('options.html');
    const opened = ext.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Check a feed' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(ext.extensionUrl('feed-check.html'));
    await tab.close();
    await options.close();
  });
});
