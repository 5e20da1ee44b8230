import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import {
  cardTexts,
  EMPTY_PRESET,
  popupCards,
  studioRegions,
  subscribe,
  type CardText,
} from './support/studio';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// An organizer builds a feed in the studio from nothing, exports it, and that very file, served on
// 127.0.0.1, is subscribed to and shows in the popup as the studio previewed it. The e2e build's
// preset feed is served empty, so the popup shows only the studio's items.
describe('organizer studio', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let studio: Page;
  let exported = '';
  let previewed: CardText[] = [];

  beforeAll(async () => {
    await server.start();
    server.serveJson(EMPTY_PRESET);
    ext = await launchExtension(E2E_BUILD_DIR);
    studio = await ext.openExtensionPage('studio.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  const main = () => studioRegions(studio).main();
  const preview = () => studioRegions(studio).preview();

  it('builds a two-item feed from nothing, with errors by field until it is right', async () => {
    await main().getByRole('button', { name: 'New feed' }).click();
    await main().getByRole('textbox', { name: 'Feed title' }).fill('Acme — news to share');
    await main().getByRole('textbox', { name: 'Organization' }).fill('Acme');
    await main().getByRole('textbox', { name: 'Blocked words and phrases' }).fill('confidential');

    await main().getByRole('button', { name: 'Add item' }).click();
    await main().getByRole('textbox', { name: 'Title', exact: true }).fill('We shipped offline mode');
    const link = main().getByRole('textbox', { name: 'Link', exact: true });
    await link.fill('acme.example/offline');
    await expect
      .poll(() =>
        main()
          .locator('.studio-errors')
          .getByText('Link is "acme.example/offline"', { exact: false })
          .count(),
      )
      .toBe(1);
    await link.fill('https://acme.example/offline');
    await main().getByRole('textbox', { name: 'Summary' }).fill('Boards now work without a connection.');
    await main()
      .getByRole('textbox', { name: 'Questions that help employees say it in their own words' })
      .fill('Which part did you build?');
    await main().getByRole('button', { name: 'Add a suggested post' }).click();
    const suggestion = main().getByRole('textbox', { name: 'Text of suggested post 1' });
    await suggestion.fill('Our confidential offline mode is out!');
    await expect
      .poll(() =>
        main()
          .getByRole('list', { name: 'Problems with this suggestion' })
          .getByText('"confidential" is not allowed in posts', { exact: false })
          .count(),
      )
      .toBe(1);
    await suggestion.fill('Offline mode is out: boards work on trains now.');

    await main().getByRole('button', { name: 'Add item' }).click();
    await main().getByRole('textbox', { name: 'Title', exact: true }).fill('We are hiring in Oslo');
    await main().getByRole('textbox', { name: 'Summary' }).fill('Five roles in the platform team.');
    await main().getByRole('button', { name: 'Pinned We are hiring in Oslo' }).click();
    await expect
      .poll(() => main().getByText('Ready: the extension reads this feed as it is.').count())
      .toBe(1);
  });

  it('opens the item being worked on in the preview, the focus staying in the form', async () => {
    const opened = (title: string) => preview().getByRole('heading', { name: title, exact: true }).count();
    const focusInForm = () => studio.evaluate(() => document.activeElement?.closest('main') !== null);
    // The organizer just pinned the Oslo item: that is the one the preview shows.
    await expect.poll(() => opened('We are hiring in Oslo')).toBe(1);
    expect(await focusInForm()).toBe(true);

    await main().getByRole('button', { name: 'We shipped offline mode', exact: true }).click();
    await expect.poll(() => opened('We shipped offline mode')).toBe(1);
    const summary = main().getByRole('textbox', { name: 'Summary' });
    const original = await summary.inputValue();
    await summary.fill('Boards work on trains.');
    await expect
      .poll(() => preview().locator('.detail-summary').textContent())
      .toBe('Boards work on trains.');
    expect(await focusInForm()).toBe(true);
    await summary.fill(original);
    await expect.poll(() => preview().locator('.detail-summary').textContent()).toBe(original);

    await preview().getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => preview().locator('.card').count()).toBe(2);
  });

  it('previews the feed in the employee’s view, pinned first, with the item’s composer', async () => {
    await expect.poll(() => preview().locator('.card').count()).toBe(2);
    previewed = await cardTexts(studio, '.studio-preview');
    expect(previewed).toEqual([
      {
        title: 'We are hiring in Oslo',
        summary: 'Five roles in the platform team.',
        source: 'Acme',
        pinned: true,
      },
      {
        title: 'We shipped offline mode',
        summary: 'Boards now work without a connection.',
        source: 'Acme',
        pinned: false,
      },
    ]);
    await preview()
      .getByRole('button', { name: /We shipped offline mode/ })
      .click();
    await expect
      .poll(() => preview().getByRole('heading', { name: 'We shipped offline mode' }).count())
      .toBe(1);
    expect(await preview().getByText('Which part did you build?').count()).toBe(1);
    expect(
      await preview().getByText('Offline mode is out: boards work on trains now.').count(),
    ).toBeGreaterThan(0);
    await preview().getByRole('button', { name: /Back/ }).click();
  });

  it('keeps the work when the tab is closed', async () => {
    await studio.close();
    studio = await ext.openExtensionPage('studio.html');
    await expect
      .poll(() => main().getByRole('textbox', { name: 'Feed title' }).inputValue())
      .toBe('Acme — news to share');
    expect(await main().getByRole('list', { name: 'Items in this feed' }).getByRole('listitem').count()).toBe(
      2,
    );
  });

  it('exports feed.json', async () => {
    const download = studio.waitForEvent('download');
    await main().getByRole('button', { name: 'Download feed.json' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('feed.json');
    exported = await readFile(await file.path(), 'utf8');
    const feed = JSON.parse(exported) as { title: string; items: { title: string }[] };
    expect(feed.title).toBe('Acme — news to share');
    expect(feed.items.map((item) => item.title)).toEqual([
      'We shipped offline mode',
      'We are hiring in Oslo',
    ]);
  });

  it('copies the very same feed.json to the clipboard', async () => {
    // Playwright turns a chrome-extension:// origin into an opaque one, so the grant covers the context.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await studio.bringToFront();
    // Something else on the clipboard first, so what is read back can only have come from the button.
    await studio.evaluate(() => navigator.clipboard.writeText('what was copied before'));
    await main().getByRole('button', { name: 'Copy JSON' }).click();
    await expect.poll(() => main().getByText("The feed's JSON is on the clipboard.").count()).toBe(1);
    expect(await studio.evaluate(() => navigator.clipboard.readText())).toBe(exported);
    await ext.context.clearPermissions();
  });

  it('the exported file, subscribed to, shows in the popup as previewed', async () => {
    server.serveJson(exported, {}, '/studio.json');
    await subscribe(ext, server.url('/studio.json'), 'Acme — news to share');
    expect(await popupCards(ext, previewed.length)).toEqual(previewed);
  });

  it('works from the keyboard: delete and undo, reorder with the focus kept', async () => {
    const names = () =>
      main()
        .locator('.studio-item-name')
        .evaluateAll((buttons) => buttons.map((b) => b.textContent));
    const focused = () => studio.evaluate(() => document.activeElement?.textContent ?? '');
    await main().getByRole('button', { name: 'Delete We are hiring in Oslo' }).focus();
    await studio.keyboard.press('Enter');
    await expect.poll(names).toEqual(['We shipped offline mode']);
    await expect.poll(focused).toBe('Undo');
    await studio.keyboard.press('Enter');
    await expect.poll(names).toEqual(['We shipped offline mode', 'We are hiring in OsloPinned']);

    await main().getByRole('button', { name: 'Move “We are hiring in Oslo” up' }).focus();
    await studio.keyboard.press('Enter');
    await expect.poll(names).toEqual(['We are hiring in OsloPinned', 'We shipped offline mode']);
    await studio.keyboard.press('Enter');
    expect(await names()).toEqual(['We are hiring in OsloPinned', 'We shipped offline mode']);
    expect(await focused()).toBe('↑');
    await studio.keyboard.press('Tab');
    expect(await focused()).toBe('↓');
  });

  it('opens from the options page', async () => {
    const options = await ext.openExtensionPage('options.html');
    const opened = ext.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Organizer studio' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(ext.extensionUrl('studio.html'));
    await tab.close();
    await options.close();
  });

  it('opens a published feed by its address, read by the background', async () => {
    await main()
      .getByRole('textbox', { name: /published feed by its address/ })
      .fill(server.url('/studio.json'));
    await main().getByRole('button', { name: 'Open address' }).click();
    await expect.poll(() => main().getByRole('button', { name: 'Undo' }).count()).toBe(1);
    expect(await main().getByRole('textbox', { name: 'Feed title' }).inputValue()).toBe(
      'Acme — news to share',
    );
    expect(server.requestCount('/studio.json')).toBeGreaterThan(1);
  });
});
