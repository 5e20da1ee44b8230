/**
 * The hostile corpus (tests/fixtures/hostile) against the real extension: every document is served
 * on 127.0.0.1 and refreshed by the background. A refused one leaves the last good copy with a
 * clear error, a used one keeps its bad parts out, the background keeps answering, and markup
 * from a feed shows as text in the popup, the options page and the overlay on a LinkedIn page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CORPUS, SCRIPT_PAYLOADS, feed, goodItem } from '../fixtures/hostile';
import { ADVERSARIAL, itemTexts } from '../fixtures/hostile/long-texts';
import { E2E_BUILD_DIR, E2E_FEED_URL } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { closedShadowRoots, invokeOn, panelFrame, panelIn, routeLinkedIn } from './support/linkedin';
import { inEnglish } from '../support/in-english';

const GOOD = feed({ title: 'Last good copy' }, [goodItem('a', { title: 'Good item A' }), goodItem('b')]);
const MARKUP_TITLE = `Read this ${SCRIPT_PAYLOADS.img}`;
const MARKUP_FEED = feed({ title: `Feed ${SCRIPT_PAYLOADS.img}` }, [
  goodItem('markup', {
    title: MARKUP_TITLE,
    summary: `${SCRIPT_PAYLOADS.script} ${SCRIPT_PAYLOADS.svg}`,
    content_html: `<p>Body</p>${SCRIPT_PAYLOADS.img}`,
    url: 'javascript:window.__ownvoicePwned=5',
  }),
]);

interface Status {
  url: string;
  title?: string;
  error?: string;
  itemCount: number;
}

/** The extension API in an extension page (the project's types are WXT's `browser`). */
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Asks the background for a refresh from an extension page, as "Refresh now" does. */
async function refresh(page: Page): Promise<{ ok: boolean; data?: Status[]; reason?: string }> {
  const answer = await page.evaluate(
    (url) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'feeds/refresh', url }),
    E2E_FEED_URL,
  );
  // The background stores problems as codes; the test reads them in English, as the popup shows them.
  return inEnglish(answer) as { ok: boolean; data?: Status[] };
}

const pwned = (page: Page) => page.evaluate(() => (window as { __ownvoicePwned?: unknown }).__ownvoicePwned);

describe('hostile feeds in the real extension', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    server.serveJson(GOOD);
    ext = await launchExtension(E2E_BUILD_DIR);
    await routeLinkedIn(ext.context);
    await server.waitForRequests(1);
    page = await ext.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('refuses or cleans every document of the corpus and keeps running', async () => {
    const outcomes: string[] = [];
    for (const doc of HOSTILE_CORPUS) {
      server.serveJson(GOOD);
      const recovered = (await refresh(page)).data?.[0];
      expect(recovered?.title).toBe('Last good copy');
      expect(recovered?.error).toBeUndefined();
      server.serveJson(doc.body(), { contentType: doc.contentType ?? 'application/feed+json' });
      const answer = await refresh(page);
      const status = answer.data?.[0];
      if (doc.rejected) {
        if (!(
          doc.rejected.test(status?.error ?? '') &&
          status?.itemCount === 2 &&
          status.title === 'Last good copy'
        ))
          outcomes.push(`${doc.name}: ${JSON.stringify(answer).slice(0, 300)}`);
      } else if (status?.error !== undefined || status?.itemCount !== doc.accepted?.items) {
        outcomes.push(`${doc.name}: ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }
    expect(outcomes).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
  });

  it('shows the last good copy and why the refresh failed', async () => {
    server.serveJson(GOOD);
    await refresh(page);
    server.serveJson('{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[', {});
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Refresh all feeds' }).click();
    await expect
      .poll(() =>
        popup
          .getByText(/the last refresh failed\. This address does not hold a feed Ownvoice can read/)
          .count(),
      )
      .toBe(1);
    // The parser's own words are kept for whoever helps, behind "Details".
    expect(await popup.locator('.said-details code').textContent()).toMatch(/not JSON/);
    expect(await popup.getByRole('button', { name: /Good item A/ }).count()).toBe(1);
    await popup.close();
  });

  it('shows markup from a feed as text in the popup and the options page; nothing runs', async () => {
    server.serveJson(MARKUP_FEED);
    await refresh(page);
    const popup = await ext.openExtensionPage('popup.html');
    const card = popup.getByRole('button', { name: /Read this/ });
    await expect.poll(() => card.textContent()).toContain(SCRIPT_PAYLOADS.img);
    await card.click();
    await expect
      .poll(() => popup.getByText(SCRIPT_PAYLOADS.script, { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await popup.locator('img[src="x"], svg[onload], iframe, script:not([src])').count()).toBe(0);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await pwned(popup)).toBeUndefined();

    await page.reload();
    await expect.poll(() => page.getByText(`Feed ${SCRIPT_PAYLOADS.img}`).count()).toBeGreaterThan(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await popup.close();
  });

  // Before the tokenizer was linear, opening this item froze the popup for 16.7 s (issue 23).
  it('opens an item whose texts are all at their limits, and the meter follows typing', async () => {
    const t = itemTexts(ADVERSARIAL[0]!); // "a.a.a.…": the input that was quadratic
    server.serveJson(
      feed({}, [
        goodItem('long', {
          title: `Long item ${t.title}`.slice(0, t.title.length),
          summary: t.summary,
          content_text: t.content,
          _ownvoice: { suggestions: [{ text: t.suggestion, network: 'any' }], hashtags: [t.hashtag] },
        }),
      ]),
    );
    expect((await refresh(page)).data?.[0]?.error).toBeUndefined();
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /Long item/ }).click();
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.fill('My own take on this release, in my own words entirely.');
    await expect.poll(() => popup.getByRole('meter').getAttribute('aria-valuenow')).toBe('100');
    await editor.fill(`${t.suggestion.slice(0, 60)} and my own words`);
    await expect
      .poll(async () => Number(await popup.getByRole('meter').getAttribute('aria-valuenow')))
      .toBeLessThan(50);
    await popup.close();
    // The next test reads the markup feed again.
    server.serveJson(MARKUP_FEED);
    await refresh(page);
  });

  it('shows markup from a feed as text in the overlay on LinkedIn; the page gets no global', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(ext, linkedin);
    const panel = await panelIn(linkedin);
    const card = panel.getByRole('button', { name: /Read this/ });
    await expect.poll(() => card.textContent()).toContain(SCRIPT_PAYLOADS.img);
    await card.click();
    await linkedin.waitForTimeout(200);
    expect(await pwned(linkedin)).toBeUndefined();
    // The feed's text is in the panel's frame, as text: no element came of its markup there.
    const frame = await panelFrame(linkedin);
    expect(await frame.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    // And on LinkedIn's page there is only the host of a closed shadow root, nothing of the feed.
    expect(await closedShadowRoots(linkedin)).toBe(1);
    expect(await linkedin.evaluate(() => document.body.innerText)).not.toContain('Read this');
    await linkedin.close();
  });
});
