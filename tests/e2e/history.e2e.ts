import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  items: [
    {
      id: 'offline-mode',
      url: 'https://acme.example/blog/offline',
      title: 'We shipped offline mode',
      summary: 'Boards, forms and checklists now work without a connection.',
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
      tags: ['launch'],
    },
  ],
};

/** The service worker's `chrome`, as far as this test uses it (the code runs there, not in Node). */
declare const chrome: { alarms: { getAll(): Promise<Array<{ name: string }>> } };

const NETWORKS = ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'clipboard'];

/** An export file as Ownvoice writes it, with `count` entries over the last weeks. */
function exportFile(count: number): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'ownvoice-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries: Array.from({ length: count }, (_, i) => ({
      id: `imported-${i}`,
      createdAt: now - (i + 2) * 7_200_000,
      feedUrl: 'https://feeds.acme.example/feed.json',
      itemId: `item-${i % 5}`,
      itemTitle: `Imported item ${i % 5}`,
      feedTitle: 'Acme archive',
      tags: [i % 2 ? 'hiring' : 'launch'],
      channel: NETWORKS[i % NETWORKS.length],
      text: i === 7 ? 'The zeppelin hangar opened today.' : `Older post number ${i}, in my own words.`,
      ownWords: 0.5,
      status: 'posted',
    })),
  });
}

/** Every share in the extension's IndexedDB, without the derived search words, by id. */
function storedShares(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('ownvoice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('shares').objectStore('shares').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as Array<Record<string, unknown>>).map(({ words: _words, ...rest }) => rest),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('my history in real Chromium', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let history: Page;

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed);
    ext = await launchExtension(E2E_BUILD_DIR);
    await ext.context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' }),
    );
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('shows a share made in the popup, with its network, status and text', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /We shipped offline mode/ }).click();
    await popup
      .getByRole('textbox', { name: /Your post/ })
      .fill('Offline mode: my train commute finally works.');
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in LinkedIn' }).click();
    await (await opened).close();

    history = await ext.openExtensionPage('history.html');
    expect(await history.title()).toBe('Ownvoice — My history');
    const row = history.getByRole('article').filter({ hasText: 'my train commute finally works' });
    await row.waitFor();
    expect(await row.textContent()).toContain('LinkedIn');
    expect(await row.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('opened');
    expect(await row.getByRole('heading', { name: /^Week of/ }).count()).toBe(1);
    await row.getByRole('combobox', { name: 'Status' }).selectOption('posted');
    await expect.poll(async () => (await storedShares(history))[0]?.status).toBe('posted');
  });

  it('imports an export, then filters by text, network and tag', async () => {
    await history.getByRole('tab', { name: 'Export and erase' }).click();
    await history.getByLabel('Import a JSON export').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportFile(30)),
    });
    await history.getByText('Imported 30 entries.').waitFor();

    await history.getByRole('tab', { name: 'History' }).click();
    await history.getByText('31 shares').first().waitFor();
    await history.getByRole('searchbox', { name: 'Search' }).fill('zepp');
    await history.getByText('1 of 31 shares match').waitFor();
    expect(await history.getByRole('article').count()).toBe(1);

    await history.getByRole('button', { name: 'Clear filters' }).click();
    await history.getByRole('combobox', { name: 'Network' }).selectOption('bluesky');
    await history.getByText('5 of 31 shares match').waitFor();
    await history.getByRole('combobox', { name: 'Tag' }).selectOption('hiring');
    await history.getByText(/^\d+ of 31 shares match$/).waitFor();
    const rows = history.getByRole('article');
    for (const text of await rows.allTextContents()) {
      expect(text).toContain('Bluesky');
      expect(text).toContain('hiring');
    }
    await history.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('export → erase → import gives back the same entries', async () => {
    const before = await storedShares(history);
    expect(before).toHaveLength(31);
    await history.getByRole('tab', { name: 'Export and erase' }).click();
    const download = history.waitForEvent('download');
    await history.getByRole('button', { name: 'Export as JSON' }).click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');

    await history.getByRole('button', { name: 'Erase my history…' }).click();
    await history.getByRole('button', { name: 'Erase everything' }).click();
    await expect.poll(async () => (await storedShares(history)).length).toBe(0);

    await history.getByLabel('Import a JSON export').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await history.getByText('Imported 31 entries.').waitFor();
    const byId = (rows: Array<Record<string, unknown>>) =>
      [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(await storedShares(history))).toEqual(byId(before));
  });

  it('a reminder fires and its notification opens the composer on the item', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('textbox', { name: /Your post/ }).waitFor();
    // Back to the list, so that only the reminder can bring the item back.
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.getByRole('button', { name: /We shipped offline mode/ }).click();
    await popup.getByRole('button', { name: 'Remind me' }).click();
    await popup.getByRole('button', { name: 'Tomorrow morning' }).click();
    await expect
      .poll(() =>
        ext.serviceWorker.evaluate(async () =>
          (await chrome.alarms.getAll()).map((a) => a.name).find((n) => n.startsWith('reminder:')),
        ),
      )
      .toMatch(/^reminder:/);
    const name = (await ext.serviceWorker.evaluate(async () =>
      (await chrome.alarms.getAll()).map((a) => a.name).find((n) => n.startsWith('reminder:')),
    ))!;
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.close();

    // Headless Chromium cannot grant the optional permission by a click: a stand-in records the
    // notification, then the test calls the same click handler the background registers.
    const shown = await ext.serviceWorker.evaluate(async (alarmName) => {
      const created: Array<{ id: string; title: string; message: string }> = [];
      const standIn = {
        create: async (id: string, opts: { title: string; message: string }) => {
          created.push({ id, title: opts.title, message: opts.message });
          return id;
        },
      };
      // Chromium may expose the API as `browser` as well as `chrome`.
      for (const api of [chrome, (globalThis as { browser?: object }).browser])
        if (api) Object.defineProperty(api, 'notifications', { configurable: true, value: standIn });
      const handlers = (
        globalThis as unknown as {
          ownvoiceReminders: { onAlarm: (n: string) => Promise<boolean> };
        }
      ).ownvoiceReminders;
      await handlers.onAlarm(alarmName);
      return created;
    }, name);
    expect(shown).toEqual([
      { id: name, title: 'Ownvoice reminder', message: 'You wanted to share: We shipped offline mode' },
    ]);

    const opened = ext.context.waitForEvent('page');
    await ext.serviceWorker.evaluate(async (id) => {
      await (
        globalThis as unknown as {
          ownvoiceReminders: { onNotificationClicked: (n: string) => Promise<void> };
        }
      ).ownvoiceReminders.onNotificationClicked(id);
    }, name);
    const composer = await opened;
    await composer.waitForURL(/\/popup\.html$/);
    await composer.getByRole('textbox', { name: /Your post/ }).waitFor();
    expect(await composer.getByRole('heading', { name: 'We shipped offline mode' }).count()).toBeGreaterThan(
      0,
    );
  });
});
