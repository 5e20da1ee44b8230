import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, ROOT_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

const LINKEDIN_PAGE = readFileSync(path.join(ROOT_DIR, 'tests/fixtures/pages/linkedin-feed.html'), 'utf8');

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: {
    schema: 1,
    organization: 'Acme',
    guidelines: {
      disclosure: { text: '#AcmeEmployee', required: true },
      blocked_terms: ['confidential'],
      min_own_words: 0.3,
    },
  },
  items: [
    {
      id: 'offline-mode',
      url: 'https://acme.example/blog/offline?ref=feed#launch',
      title: 'We shipped offline mode',
      summary: 'Boards, forms and checklists now work without a connection and sync when you are back.',
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
      _ownvoice: {
        prompts: ['What part did you build, and what surprised you?'],
        suggestions: [
          {
            text: 'Offline mode is live: boards, forms and checklists work without a connection.',
            network: 'any',
          },
        ],
        hashtags: ['#offline'],
      },
    },
  ],
};

/** Counts the shares in the extension's own IndexedDB, from one of its pages. */
function shareCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ownvoice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('shares').objectStore('shares').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('writing and sharing a post in the popup', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let popup: Page;
  const linkedinRequests: string[] = [];

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed);
    ext = await launchExtension(E2E_BUILD_DIR);
    // Never contact LinkedIn: a fixture page answers for it, and the URL is kept for the assertions.
    await ext.context.route('https://www.linkedin.com/**', (route) => {
      linkedinRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: LINKEDIN_PAGE });
    });
    await server.waitForRequests(1);
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  async function openItem(): Promise<Page> {
    const page = await ext.openExtensionPage('popup.html');
    await page.getByRole('button', { name: /We shipped offline mode/ }).click();
    await page.getByRole('textbox', { name: /Your post/ }).waitFor();
    return page;
  }

  it('keeps a half-written draft when the popup closes and reopens', async () => {
    popup = await openItem();
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.pressSequentially('I spent March making sync survive a train tunn');
    await popup.close();

    popup = await ext.openExtensionPage('popup.html');
    const reopened = popup.getByRole('textbox', { name: /Your post/ });
    await expect.poll(() => reopened.inputValue()).toBe('I spent March making sync survive a train tunn');
  });

  it('holds sharing back on a blocked term and names it', async () => {
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.fill('I spent March making sync survive a train tunnel. The confidential roadmap has more.');
    await expect.poll(() => popup.getByText(/"confidential" is not allowed/).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Open in LinkedIn' }).isDisabled()).toBe(true);
  });

  it('adds the required disclosure in one click, then opens LinkedIn with the text', async () => {
    const editor = popup.getByRole('textbox', { name: /Your post/ });
    await editor.fill(
      'I spent March making sync survive a train tunnel, and it finally does. Proud of this team.',
    );
    await popup.getByRole('button', { name: 'Add #AcmeEmployee' }).click();
    await expect.poll(() => editor.inputValue()).toContain('#AcmeEmployee');
    const share = popup.getByRole('button', { name: 'Open in LinkedIn' });
    await expect.poll(() => share.isEnabled()).toBe(true);

    const opened = ext.context.waitForEvent('page');
    await share.click();
    const linkedin = await opened;
    await linkedin.waitForURL(/^https:\/\/www\.linkedin\.com\//);
    const url = new URL(linkedin.url());
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/feed/');
    expect(url.searchParams.get('shareActive')).toBe('true');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toContain('I spent March making sync survive a train tunnel');
    expect(text).toContain('#AcmeEmployee');
    // The link keeps its query and fragment and says which network, never who.
    const link = new URL(text.split(/\s/).find((w) => w.startsWith('https://acme.example/'))!);
    expect(link.searchParams.get('ref')).toBe('feed');
    expect(link.searchParams.get('utm_source')).toBe('linkedin');
    expect(link.searchParams.get('utm_medium')).toBe('employee_share');
    expect(link.hash).toBe('#launch');
    expect(linkedinRequests).toHaveLength(1);
  });

  it('records the share in the local history and marks the item as shared', async () => {
    const page = await ext.openExtensionPage('popup.html');
    await expect.poll(() => shareCount(page)).toBe(1);
    // Issue 21, item 2: sharing keeps the post. The popup, closed as LinkedIn's tab opened,
    // reopens on the item with the text as it went out, says where it went, and shows no stale
    // findings, so it can go to a second network or be copied.
    const editor = page.getByRole('textbox', { name: /Your post/ });
    await expect
      .poll(() => editor.inputValue())
      .toContain('I spent March making sync survive a train tunnel');
    expect(await editor.inputValue()).toContain('#AcmeEmployee');
    await expect
      .poll(() => page.getByRole('list', { name: 'Where this post has gone' }).innerText())
      .toContain('Opened in LinkedIn');
    expect(await page.getByText('Write your post first.').count()).toBe(0);
    expect(await page.getByText(/Must fix/).count()).toBe(0);
    const copy = page.getByRole('button', { name: 'Copy text' });
    expect(await copy.isEnabled()).toBe(true);
    await copy.click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Where this post has gone' }).innerText())
      .toMatch(/Opened in LinkedIn[\s\S]*Copied/);
    await expect.poll(() => shareCount(page)).toBe(2);

    // "Discard draft" can be undone.
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect.poll(() => editor.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editor.inputValue()).toContain('#AcmeEmployee');
    await page.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => page.getByText('Shared by you').count()).toBe(1);
  });
});
