import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { ACME_FEED } from './support/linkedin';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// Issue 21, item 3: runs of left-to-right text (names, titles) in the Hebrew UI keep their
// separators where the reader expects them. Read from where the browser drew each piece of text.

interface Box {
  left: number;
  right: number;
}

/** Where the browser drew the first occurrence of each string inside `selector`, in CSS pixels. */
function boxesOf(page: Page, selector: string, strings: string[]): Promise<(Box | null)[]> {
  return page.evaluate(
    ({ selector, strings }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      return strings.map((wanted) => {
        for (const node of nodes) {
          const at = node.data.indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const r = range.getBoundingClientRect();
          return { left: r.left, right: r.right };
        }
        return null;
      });
    },
    { selector, strings },
  );
}

describe('right to left, in Hebrew', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;

  beforeAll(async () => {
    await server.start();
    server.serveJson({ ...ACME_FEED, items: ACME_FEED.items.map((i) => ({ ...i, tags: ['product'] })) });
    ext = await launchExtension(E2E_BUILD_DIR, { args: ['--lang=he'] });
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it("keeps the opened item's source, separator and feed name apart, in reading order", async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.locator('.card').first().click();
    await popup.locator('.detail-meta').waitFor();
    // "Acme · Acme — news to share": read right to left, the source first, then the dot, then the feed.
    const [feed, dot] = await boxesOf(popup, '.detail-meta', ['Acme — news to share', '·']);
    const text = await popup.locator('.detail-meta').innerText();
    expect(text.startsWith('Acme')).toBe(true);
    const source = (await boxesOf(popup, '.detail-meta', ['Acme']))[0];
    expect(feed && dot && source).toBeTruthy();
    // The source name (first in the text) is drawn right of the dot, the feed name left of it.
    expect(source!.left).toBeGreaterThanOrEqual(dot!.right - 0.5);
    expect(dot!.left).toBeGreaterThanOrEqual(feed!.right - 0.5);
    await popup.close();
  });

  it('shows My history’s tags as chips, without list bullets', async () => {
    // The popup reopens on the item it showed last.
    const popup = await ext.openExtensionPage('popup.html');
    const editor = popup.locator('textarea.editor');
    await editor.waitFor();
    await editor.fill('ניסיתי את זה ברכבת.\n#AcmeEmployee');
    await popup.locator('.share-buttons button').last().click();
    await popup.locator('.shared-to').waitFor();
    const history = await ext.openExtensionPage('history.html');
    const chips = history.locator('article ul.chips');
    await chips.waitFor();
    expect(await chips.evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('none');
    expect(await chips.evaluate((ul) => getComputedStyle(ul).paddingInlineStart)).toBe('0px');
    await history.close();
    await popup.close();
  });
});
