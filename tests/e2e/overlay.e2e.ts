import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, ROOT_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';
import { startStaticServer } from './support/static-server';

// LinkedIn-like fixture pages are served on 127.0.0.1 and mapped onto https://www.linkedin.com/,
// so the extension's real URL rules apply. Real LinkedIn is never contacted.
const PAGES: Record<string, string> = {
  '/feed/': 'quill-dialog.html',
  '/fixture/plain/': 'plain-textbox.html',
  '/fixture/unknown/': 'unknown-layout.html',
};

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

interface ShareRow {
  status: string;
  text: string;
}

/** The share history, read from the extension's own IndexedDB on one of its pages. */
function shares(page: Page): Promise<ShareRow[]> {
  return page.evaluate(
    () =>
      new Promise<ShareRow[]>((resolve, reject) => {
        const open = indexedDB.open('ownvoice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('shares').objectStore('shares').getAll();
          request.onsuccess = () => resolve(request.result as ShareRow[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('the LinkedIn overlay', () => {
  const feedServer = new FeedServer();
  let pages: Awaited<ReturnType<typeof startStaticServer>>;
  let ext: LaunchedExtension;
  let extPage: Page;

  beforeAll(async () => {
    await feedServer.start();
    feedServer.serveJson(feed);
    pages = await startStaticServer(path.join(ROOT_DIR, 'tests/fixtures/linkedin'));
    ext = await launchExtension(E2E_BUILD_DIR);
    await ext.context.route('https://www.linkedin.com/**', async (route) => {
      const file = PAGES[new URL(route.request().url()).pathname];
      if (!file) return route.fulfill({ status: 404, body: 'not in the fixtures' });
      const response = await route.fetch({ url: `${pages.origin}/${file}` });
      return route.fulfill({ response });
    });
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.linkedin.com',
    });
    await feedServer.waitForRequests(1);
    extPage = await ext.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ext?.close();
    await pages?.stop();
    await feedServer.stop();
  });

  /** Opens the popup beside a LinkedIn tab and presses "Open on this page", as the employee would. */
  async function invokeOn(linkedin: Page): Promise<void> {
    const popup = await ext.openExtensionPage('popup.html');
    await linkedin.bringToFront();
    const open = popup.getByRole('button', { name: 'Open on this page' });
    await open.waitFor();
    await open.click();
    await popup.close().catch(() => undefined);
  }

  async function writeAndPut(linkedin: Page, text: string): Promise<void> {
    const panel = linkedin.getByRole('complementary', { name: 'Ownvoice' });
    await panel.getByRole('button', { name: /We shipped offline mode/ }).click();
    const editor = panel.getByRole('textbox', { name: /Your post/ });
    await editor.fill(text);
    await panel.getByRole('button', { name: 'Add #AcmeEmployee' }).click();
    await panel.getByRole('button', { name: 'Put in LinkedIn post' }).click();
  }

  it('puts nothing on the page before the employee asks', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.waitForTimeout(300);
    expect(await linkedin.locator('ownvoice-overlay').count()).toBe(0);
    const extensionScripts = await linkedin.evaluate(
      () =>
        [...document.querySelectorAll('script[src], link[href]')].filter((e) =>
          /extension:/.test(e.outerHTML),
        ).length,
    );
    expect(extensionScripts).toBe(0);
    await linkedin.close();
  });

  it('inserts into an open composer; the employee presses Post; history says posted', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.getByRole('button', { name: 'Start a post' }).click();
    await invokeOn(linkedin);
    await expect.poll(() => linkedin.locator('ownvoice-overlay').count()).toBe(1);

    // Typing in the panel does not reach LinkedIn's keyboard shortcuts.
    const panel = linkedin.getByRole('complementary', { name: 'Ownvoice' });
    await panel.getByRole('searchbox').pressSequentially('j');
    expect(await linkedin.evaluate(() => (window as { __shortcutFired?: number }).__shortcutFired ?? 0)).toBe(
      0,
    );
    await panel.getByRole('searchbox').fill('');

    await writeAndPut(linkedin, 'I tested offline mode on a train through the Alps. It held up.');
    await expect.poll(() => panel.getByText(/Your text is in LinkedIn's post box/).count()).toBe(1);

    const editor = linkedin.getByRole('textbox', { name: 'Text editor for creating content' });
    await expect
      .poll(() => editor.innerText())
      .toContain('I tested offline mode on a train through the Alps.');
    // Written into the editor's empty first line, not after it.
    expect((await editor.innerText()).startsWith('I tested offline mode')).toBe(true);
    const post = linkedin.getByRole('dialog').getByRole('button', { name: 'Post' });
    expect(await post.isEnabled()).toBe(true);
    // The test presses Post, as the person would; the extension never does.
    await post.click();
    await expect
      .poll(() => linkedin.getByRole('list', { name: 'Posts' }).innerText())
      .toContain('#AcmeEmployee');
    await expect.poll(async () => (await shares(extPage)).map((s) => s.status)).toEqual(['posted']);
    await linkedin.close();
  });

  it('closes with Esc and opens again on the next invocation', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/plain/');
    await invokeOn(linkedin);
    const panel = linkedin.getByRole('complementary', { name: 'Ownvoice' });
    await panel.waitFor();
    await panel.getByRole('searchbox').press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await invokeOn(linkedin);
    await panel.waitFor();
    expect(await linkedin.locator('ownvoice-overlay').count()).toBe(1);

    await writeAndPut(linkedin, 'Second try, in a plain share box this time. Worked nicely.');
    const box = linkedin.getByRole('textbox', { name: 'What do you want to talk about?' });
    await expect.poll(() => box.innerText()).toContain('Second try, in a plain share box');
    await linkedin.getByRole('button', { name: 'Post', exact: true }).click();
    await expect
      .poll(async () => (await shares(extPage)).map((s) => s.status).sort())
      .toEqual(['posted', 'posted']);
    await linkedin.close();
  });

  it('copies to the clipboard when the composer is a layout it does not know', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/unknown/');
    await invokeOn(linkedin);
    await writeAndPut(linkedin, 'A layout nobody has seen before, so this goes to the clipboard.');
    const panel = linkedin.getByRole('complementary', { name: 'Ownvoice' });
    await expect.poll(() => panel.getByText(/paste with Ctrl\+V/).count()).toBe(1);
    const copied = await linkedin.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('A layout nobody has seen before');
    expect(copied).toContain('#AcmeEmployee');
    expect(await linkedin.getByRole('textbox', { name: 'Post text' }).inputValue()).toBe('');
    await expect
      .poll(async () => (await shares(extPage)).filter((s) => s.status === 'copied'))
      .toHaveLength(1);
    await linkedin.close();
  });

  it('survives LinkedIn’s client-side navigation', async () => {
    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(linkedin);
    const panel = linkedin.getByRole('complementary', { name: 'Ownvoice' });
    await panel.waitFor();
    await linkedin.evaluate(() => history.pushState({}, '', '/feed/?page=2'));
    await linkedin.waitForTimeout(200);
    expect(await panel.count()).toBe(1);
    await linkedin.close();
  });

  it('shows the opt-in launcher only after the employee switches it on, and removes it again', async () => {
    const options = await ext.openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: 'Show the Ownvoice button on LinkedIn' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);

    const linkedin = await ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/plain/');
    const launcher = linkedin.getByRole('button', { name: 'Ownvoice', exact: true });
    await launcher.waitFor();
    await launcher.click();
    await linkedin.getByRole('complementary', { name: 'Ownvoice' }).waitFor();
    await linkedin.close();

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const later = await ext.context.newPage();
    await later.goto('https://www.linkedin.com/fixture/plain/');
    await later.waitForTimeout(500);
    expect(await later.locator('ownvoice-overlay').count()).toBe(0);
    await later.close();
    await options.close();
  });
});
