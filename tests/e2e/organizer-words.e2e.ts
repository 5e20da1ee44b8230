/**
 * Issue 21, items 7 and 8, in real Chromium: the studio and the check page speak to marketing and
 * HR people, not to JSON. Fields are named by their labels ("Feed title is empty"), items are
 * counted from 1 on both pages, a blank new feed blames nothing before it is touched or an export
 * is tried, and Publish never says "Ready" over a suggested post that breaks the feed's guidelines.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { EMPTY_PRESET, studioRegions } from './support/studio';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

/** What an engineer would write: a JSON path, an index from 0, a property name. */
const JSON_TALK = /`|\[\d+\]|_ownvoice|content_text|\(root\)/;

/** A feed an organizer might publish: an empty disclosure, an item with nothing to share. */
const unfinished = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: { guidelines: { disclosure: { text: '', required: true } } },
  items: [{ id: 'empty' }, { id: 'ok', title: 'We shipped offline mode' }],
};

/** Readable by the extension, but its one suggestion breaks the feed's own guidelines. */
const guided = {
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

describe('words for organizers', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let studio: Page;

  beforeAll(async () => {
    await server.start();
    server.serveJson(EMPTY_PRESET);
    server.serveJson(unfinished, {}, '/unfinished.json');
    ext = await launchExtension(E2E_BUILD_DIR);
    studio = await ext.openExtensionPage('studio.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  const main = () => studioRegions(studio).main();

  it('a blank new feed blames no field until it is touched or an export is tried', async () => {
    await main().getByRole('button', { name: 'New feed' }).click();
    await main().getByRole('button', { name: 'Add item' }).click();
    const text = () => main().innerText();
    expect(await main().locator('.studio-errors').count()).toBe(0);
    expect(await main().getByRole('list', { name: 'Problems to fix' }).count()).toBe(0);
    expect(await text()).not.toMatch(/is empty|Ready:/);

    // Touched: typed in and emptied again, that field (and only that one) says so.
    const title = main().getByRole('textbox', { name: 'Feed title' });
    await title.fill('A');
    await title.fill('');
    await expect
      .poll(() => main().locator('.studio-errors').allInnerTexts())
      .toEqual(['Feed title is empty']);

    await main().getByRole('button', { name: 'Download feed.json' }).click();
    const problems = main().getByRole('list', { name: 'Problems to fix' });
    await expect.poll(() => problems.count()).toBe(1);
    const listed = await problems.innerText();
    expect(listed).toContain('Feed title is empty');
    expect(listed).toContain('Item 1: Employees would not see this item: it has nothing to share yet');
    expect(await text()).not.toMatch(JSON_TALK);
  });

  it('the check page names fields and counts items from 1, as the studio does', async () => {
    const check = await ext.openExtensionPage('feed-check.html');
    await check.getByRole('textbox', { name: 'Feed URL' }).fill(server.url('/unfinished.json'));
    await check.getByRole('button', { name: 'Check' }).click();
    const report = check.locator('.check-report');
    await expect.poll(() => report.count()).toBe(1);
    const said = await report.innerText();
    expect(said).toContain('Disclosure every post carries is empty, so it was left out');
    expect(said).not.toMatch(JSON_TALK);

    server.serveJson({ ...unfinished, _ownvoice: {} }, {}, '/unfinished.json');
    await check.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => report.innerText()).toContain('Item 1: Employees would not see this item');
    expect(await report.innerText()).not.toMatch(JSON_TALK);
    await check.close();
  });

  it('Publish lists a suggested post that breaks the guidelines instead of saying Ready', async () => {
    await main()
      .getByRole('textbox', { name: /paste a feed/ })
      .fill(JSON.stringify(guided));
    await main().getByRole('button', { name: 'Open pasted feed' }).click();
    const publish = main().getByRole('region', { name: 'Publish' });
    const toFix = publish.getByRole('list', { name: 'Suggested posts to fix' });
    await expect.poll(() => toFix.count()).toBe(1);
    expect(await publish.innerText()).not.toContain('Ready');
    expect(await toFix.innerText()).toMatch(
      /^Item 1 — Suggested post 1: "confidential" is not allowed in posts.*, Add #AcmeEmployee/,
    );

    await main()
      .getByRole('textbox', { name: 'Text of suggested post 1' })
      .fill('Offline mode is live! #AcmeEmployee');
    await expect
      .poll(() => publish.getByText('Ready: the extension reads this feed as it is.').count())
      .toBe(1);
    expect(await toFix.count()).toBe(0);
  });

  // Issue 21, item 9: the preview was taller than the window and its bottom out of reach.
  it('keeps the whole preview inside the window, scrolling its own content to the end', async () => {
    await studio.setViewportSize({ width: 1280, height: 720 });
    await main().getByRole('button', { name: 'Start from the demo feed' }).click();
    const preview = studioRegions(studio).preview();
    await preview.locator('.card').first().click();
    const box = () =>
      preview.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          height: innerHeight,
          scrolls: el.scrollHeight > el.clientHeight,
        };
      });
    for (const y of [0, 1e6]) {
      await studio.evaluate((to) => window.scrollTo(0, to), y);
      const { top, bottom, height, scrolls } = await box();
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(height);
      expect(scrolls).toBe(true);
    }
    // Its last control can be scrolled into view inside it, and then lies within the window.
    const last = preview.getByRole('button', { name: 'Copy text' });
    await last.scrollIntoViewIfNeeded();
    const r = await last.boundingBox();
    expect(r && r.y + r.height).toBeLessThanOrEqual(720);
  });
});
