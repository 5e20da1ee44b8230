import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// The whole loop with the keyboard alone: pick an item, write, pass the checks, share, find it in
// the history. Every control reached by Tab must show where the focus is.

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: {
    schema: 1,
    organization: 'Acme',
    guidelines: { disclosure: { text: '#AcmeEmployee', required: true } },
  },
  items: [
    {
      id: 'offline-mode',
      url: 'https://acme.example/blog/offline',
      title: 'We shipped offline mode',
      summary: 'Boards, forms and checklists now work without a connection.',
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
    },
  ],
};

interface Focused {
  tag: string;
  text: string;
  visible: boolean;
}

/** What has the focus, and whether it is visibly marked (outline or ring). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      visible: outline || ring,
    };
  });
}

/** Presses Tab until `match` has the focus, checking the focus ring on every stop. */
async function tabTo(page: Page, match: (f: Focused) => boolean, limit = 60): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect({ ...f, visible: f.visible || f.tag === 'body' }).toEqual({ ...f, visible: true });
    if (match(f)) return f;
  }
  throw new Error('tabTo: never reached the control');
}

describe('keyboard only', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed);
    ext = await launchExtension(E2E_BUILD_DIR);
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('picks an item, writes, passes the checks, shares and finds it in the history', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: /We shipped offline mode/ }).waitFor();

    // Pick the item.
    await tabTo(popup, (f) => f.text.includes('We shipped offline mode'));
    await popup.keyboard.press('Enter');
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.waitFor();
    // Opening the item puts the focus on "Back", so the employee knows where they are.
    expect((await focused(popup)).text).toMatch(/Back/);

    // Write.
    await tabTo(popup, (f) => f.tag === 'textarea');
    await popup.keyboard.type(
      'I tested offline mode on a train through the Alps, and it held up the whole way.',
    );

    // The checks: the meter and the findings are announced as they change.
    expect(await popup.locator('.meter-text').getAttribute('aria-live')).toBe('polite');
    expect(await popup.locator('ul.findings').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => popup.getByText(/Add #AcmeEmployee —/).count()).toBe(1);
    const copy = popup.getByRole('button', { name: 'Copy text' });
    expect(await copy.isDisabled()).toBe(true);

    // Fix what the guidelines ask, with the keyboard.
    await tabTo(popup, (f) => f.text === 'Add #AcmeEmployee');
    await popup.keyboard.press('Enter');
    await expect.poll(() => editor.inputValue()).toContain('#AcmeEmployee');
    await expect.poll(() => copy.isEnabled()).toBe(true);

    // Share (Space this time).
    // The "Add" button is gone with its finding; Tab goes on from where the focus fell.
    await tabTo(popup, (f) => f.text === 'Copy text');
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByText(/Copied\. Paste it where you want to post it/).count()).toBe(1);

    // Back to the list with Escape, then the history from the header.
    await popup.keyboard.press('Escape');
    await popup.getByText('Shared by you').waitFor();
    const opened = ext.context.waitForEvent('page');
    await tabTo(popup, (f) => f.text === 'My history');
    await popup.keyboard.press('Enter');
    const history = await opened;
    await history.waitForLoadState();
    await history.bringToFront();
    const row = history.locator('.history-row').first();
    await row.waitFor();
    expect(await row.locator('.history-text').innerText()).toContain('I tested offline mode on a train');

    // In the history, the status of that share is reachable and changeable by keyboard.
    // (The filters come first; the entry's own select lists the statuses without "Any status".)
    await tabTo(history, (f) => f.tag === 'select' && f.text.startsWith('Opened'));
    await history.keyboard.press('ArrowDown');
    await expect.poll(() => row.locator('select').inputValue(), { timeout: 5000 }).toBe('posted');
  });
});
