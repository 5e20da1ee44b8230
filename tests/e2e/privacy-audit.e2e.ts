/**
 * Privacy audit: one session through subscribe, browse, compose, share, history and the LinkedIn
 * overlay, recording every request the browser context sees (pages and the extension's service
 * worker alike). It passes only when each one went to a feed URL the test subscribed to, a share
 * page the test opened, or the extension's own files.
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, E2E_FEED_URL } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { LINKEDIN_FIXTURE_SUBRESOURCES, openPopupOn, panelIn, routeLinkedIn } from './support/linkedin';

const feed = (title: string, id: string, itemTitle: string) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  _ownvoice: { schema: 1, guidelines: { disclosure: { text: '#AcmeEmployee', required: true } } },
  items: [
    {
      id,
      url: `https://acme.example/blog/${id}`,
      title: itemTitle,
      summary: 'Boards, forms and checklists now work without a connection.',
      image: 'https://images.acme.example/cover.png',
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
    },
  ],
});

describe('privacy audit of a whole session', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  const requests: { url: string; from: string }[] = [];
  const openedShares: string[] = [];

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed('Acme news', 'offline-mode', 'We shipped offline mode'));
    server.serveJson(feed('Contoso people', 'mentoring', 'Mentoring turns five'), {}, '/other.json');
    ext = await launchExtension(E2E_BUILD_DIR);
    const record = (request: Request) =>
      requests.push({ url: request.url(), from: request.frame() ? 'page' : 'worker' });
    ext.context.on('request', (request) => {
      try {
        record(request);
      } catch {
        requests.push({ url: request.url(), from: 'worker' });
      }
    });
    // LinkedIn is never contacted: fixture pages answer for it.
    await routeLinkedIn(ext.context);
    // An item's image is the organizer's host; it must not load before the item is opened.
    await ext.context.route('https://images.acme.example/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) }),
    );
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('requests only the subscribed feeds, the share pages it opened and its own files', async () => {
    // Subscribe.
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('textbox', { name: 'Add a feed URL' }).fill(server.url('/other.json'));
    await options.getByRole('button', { name: 'Add feed' }).click();
    await expect.poll(() => options.getByText('Contoso people').count()).toBeGreaterThan(0);

    // Browse: the list loads no images.
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /Mentoring turns five/ }).waitFor();
    expect(requests.filter((r) => r.url.startsWith('https://images.acme.example/'))).toEqual([]);
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();

    // Compose and share.
    await popup.getByRole('button', { name: /We shipped offline mode/ }).click();
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.fill('I rode a train through three tunnels and my checklist never noticed. Proud of us.');
    await popup.getByRole('button', { name: 'Add #AcmeEmployee' }).click();
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in LinkedIn' }).click();
    const linkedin = await opened;
    await linkedin.waitForURL(/^https:\/\/www\.linkedin\.com\//);
    openedShares.push(linkedin.url());

    // History.
    const history = await ext.openExtensionPage('history.html');
    await history.getByRole('article').first().waitFor();

    // The overlay on the LinkedIn tab.
    const popup2 = await openPopupOn(ext, linkedin);
    await popup2.getByRole('button', { name: 'Open on this page' }).click();
    await panelIn(linkedin);
    await linkedin.waitForTimeout(300);

    const allowed = (url: string) =>
      url === E2E_FEED_URL ||
      url === server.url('/other.json') ||
      url.startsWith(`chrome-extension://${ext.extensionId}/`) ||
      openedShares.includes(url) ||
      // The LinkedIn fixture page loading its own files (Quill, its preload iframe).
      LINKEDIN_FIXTURE_SUBRESOURCES.includes(url) ||
      // The item the employee opened shows its image, from the organizer's host.
      url === 'https://images.acme.example/cover.png';
    const unexpected = requests.filter((r) => !allowed(r.url));
    expect(unexpected).toEqual([]);
    // The service worker's own fetches are among those recorded (the feeds were refreshed).
    expect(requests.filter((r) => r.url === server.url('/other.json')).length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.url === E2E_FEED_URL).length).toBeGreaterThan(0);
    // Nothing identifying went with the feed requests.
    for (const r of server.requests) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
      expect(new URL(r.path, 'http://x').search).toBe('');
    }
  });
});
