/**
 * Issue 21, item 4: a network, HTTP or file failure is said as what happened and what to do;
 * the engineer's words ("Failed to fetch", "HTTP 404", a JSON parse error) wait behind "Details".
 * Real Chromium against a feed server on 127.0.0.1, which starts only after the first run, so the
 * e2e build's preset feed meets a port where nothing listens.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feed, goodItem } from '../fixtures/hostile';
import { E2E_BUILD_DIR, FEED_SERVER_HOST, FEED_SERVER_PORT } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { historyCsv } from '../../shared/history/csv';

const HOST = `${FEED_SERVER_HOST}:${FEED_SERVER_PORT}`;

/** The visible text of the page: what a person reads, without what is folded away. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

describe.each([
  ['en', [] as string[], "Couldn't reach", 'Details', 'Check that you are online'],
  ['he', ['--lang=he'], 'לא הצלחנו להתחבר אל', 'פרטים', 'בדקו שיש חיבור לאינטרנט'],
])('words for people (%s)', (locale, args, unreachable, details, whatToDo) => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension(E2E_BUILD_DIR, { args });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('says an unreachable feed plainly and keeps "Failed to fetch" behind Details', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await expect.poll(() => visibleText(popup)).toContain(unreachable);
    const text = await visibleText(popup);
    expect(text).toContain(`${unreachable} ${HOST}`);
    expect(text).toContain(whatToDo);
    expect(text).not.toContain('Failed to fetch');
    await popup.getByText(details, { exact: true }).first().click();
    await expect.poll(() => visibleText(popup)).toContain('Failed to fetch');
    await popup.close();
  });

  it.runIf(locale === 'en')('says a feed address that answers 404 plainly when adding it', async () => {
    const server = await new FeedServer().start();
    try {
      server.serveJson(feed({ title: 'Preset' }, [goodItem('p')]));
      const options = await ext.openExtensionPage('options.html');
      await options.getByLabel('Add a feed URL').fill(server.url('/missing.json'));
      await options.getByRole('button', { name: 'Add feed' }).click();
      const alert = options.getByRole('alert').filter({ hasText: "Couldn't add this feed" });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.innerText()).toMatch(/^Couldn't add this feed\. There is no feed at this address\./);
      expect(await visibleText(options)).not.toContain('HTTP 404');
      await alert.getByText('Details').click();
      expect(await alert.innerText()).toContain('HTTP 404 Not Found');
    } finally {
      await server.stop();
    }
  });

  it.runIf(locale === 'en')(
    'offers only JSON in the history import and says a CSV export cannot come back',
    async () => {
      const history = await ext.openExtensionPage('history.html');
      await history.getByRole('tab', { name: 'Export and erase' }).click();
      const picker = history.getByLabel('Import a JSON export');
      // The picker offers JSON only: the CSV export is for spreadsheets and cannot come back.
      expect((await picker.getAttribute('accept'))?.split(',').sort()).toEqual(['.json', 'application/json']);
      // The CSV the same page exports ("Export as CSV" writes it with historyCsv), picked anyway.
      const csv = Buffer.from(
        historyCsv([
          {
            id: 'e1',
            createdAt: Date.UTC(2026, 11, 1, 9),
            feedUrl: 'https://feeds.acme.example/feed.json',
            itemId: 'offline',
            itemTitle: 'We shipped offline mode',
            tags: ['launch'],
            channel: 'linkedin',
            text: 'Our trains have no signal; now our app does not care.',
            ownWords: 0.8,
            status: 'posted',
          },
        ]),
      );
      await picker.setInputFiles({
        name: 'ownvoice-history-2026-12-04.csv',
        mimeType: 'text/csv',
        buffer: csv,
      });
      const alert = history.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.innerText()).toMatch(
        /^Nothing was imported: this file is not a history that Ownvoice saved/,
      );
      expect(await visibleText(history)).not.toMatch(/JSON \(|Unexpected token/);
      await alert.getByText('Details').click();
      expect(await alert.innerText()).toMatch(/not valid JSON/);
    },
  );
});
