/**
 * What an employee does, in Firefox: the package the store receives (Manifest V2) in Debian's
 * firefox-esr, headless. First run and the demo feed; a feed on 127.0.0.1 added in Settings; a
 * feed's markup shown as text; writing with the own-words meter and the guidelines; sharing to X
 * and copying; the entries in My history; export and re-import. One Firefox for the whole file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_PAYLOADS } from '../fixtures/hostile';
import { DEFAULT_GECKO_ID, FIREFOX_BUILD_DIR } from '../e2e/support/constants';
import { FeedServer } from '../e2e/support/feed-server';
import {
  button,
  field,
  launchFirefox,
  textOf,
  until,
  waitForText,
  type LaunchedFirefox,
} from './support/firefox';

const MARKUP_TITLE = `Read this ${SCRIPT_PAYLOADS.img}`;
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
      url: 'https://acme.example/blog/offline',
      title: 'We shipped offline mode',
      summary: 'Boards, forms and checklists now work without a connection and sync when you are back.',
      date_published: new Date(Date.now() - 3_600_000).toISOString(),
      _ownvoice: {
        suggestions: [
          {
            text: 'Offline mode is live: boards, forms and checklists work without a connection.',
            network: 'any',
          },
        ],
      },
    },
    {
      id: 'markup',
      url: 'https://acme.example/blog/markup',
      title: MARKUP_TITLE,
      summary: `${SCRIPT_PAYLOADS.script} ${SCRIPT_PAYLOADS.svg}`,
      date_published: new Date(Date.now() - 7_200_000).toISOString(),
    },
  ],
};

const POST = 'I spent March making sync survive a train tunnel, and it finally does. Proud of this team.';

/** The shares in the extension's own IndexedDB, read from one of its pages. */
function storedShares(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('ownvoice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('shares').objectStore('shares').getAll();
          request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The address a tab asked for: its own, or the one Firefox's network error page names. */
function askedFor(tabUrl: string): string {
  if (!tabUrl.startsWith('about:neterror?')) return tabUrl;
  return new URLSearchParams(tabUrl.slice('about:neterror?'.length)).get('u') ?? '';
}

const pwned = (page: Page) => page.evaluate(() => (window as { __ownvoicePwned?: unknown }).__ownvoicePwned);

describe('an employee in Firefox', () => {
  const server = new FeedServer({ port: 0 });
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'ownvoice-firefox-downloads-'));
  let firefox: LaunchedFirefox;
  let popup: Page;

  beforeAll(async () => {
    await server.start();
    server.serveJson(feed);
    firefox = await launchFirefox(FIREFOX_BUILD_DIR, {
      geckoId: DEFAULT_GECKO_ID,
      prefs: {
        // Mozilla's own test switch: permissions.request() grants without its doorhanger, which a
        // headless Firefox cannot show. The request itself is the real one, from a real click.
        'extensions.webextOptionalPermissionPrompts': false,
        // Exports land in a known folder without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // The clipboard can be read back without a paste prompt.
        'dom.events.testing.asyncClipboard': true,
      },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('starts with the welcome screen, and "Try the demo feed" lists the demo items', async () => {
    popup = await firefox.openExtensionPage('popup.html');
    await waitForText(popup, /Welcome to Ownvoice/);
    await (await button(popup, 'Try the demo feed')).click();
    await waitForText(popup, /Northwind Flow 4\.0/);
    expect(await textOf(popup)).toMatch(/Updated just now/);
    await popup.close();
  });

  it('adds a feed on 127.0.0.1 in Settings: the permission is asked for and the feed loads', async () => {
    const settings = await firefox.openExtensionPage('options.html');
    await (await field(settings, /Add a feed URL/)).type(server.feedUrl);
    await (await button(settings, 'Add feed')).click();
    await waitForText(settings, /Acme — news to share/);
    expect(
      await settings.evaluate(() =>
        (
          globalThis as unknown as {
            browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
          }
        ).browser.permissions.contains({
          origins: ['http://127.0.0.1/*'],
        }),
      ),
    ).toBe(true);
    expect(server.requestCount()).toBeGreaterThan(0);
    await settings.close();
  });

  it("shows a feed's markup as text and runs none of it", async () => {
    popup = await firefox.openExtensionPage('popup.html');
    const text = await waitForText(popup, /Read this/);
    expect(text).toContain(MARKUP_TITLE);
    expect(
      await popup.evaluate(() => document.querySelectorAll('main img, main script, main svg[onload]').length),
    ).toBe(0);
    expect(await pwned(popup)).toBeUndefined();
  });

  it('writes a post: the meter counts own words, a blocked term holds sharing back, the disclosure is added in one click', async () => {
    await (await button(popup, /We shipped offline mode/)).click();
    const editor = await field(popup, /Your post/);
    await editor.type('The confidential roadmap has more.');
    await waitForText(popup, /"confidential" is not allowed/);
    expect(await (await button(popup, 'X')).evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);

    await editor.evaluate((el) => {
      (el as HTMLTextAreaElement).select();
    });
    await editor.type(POST);
    await until(
      () =>
        popup.evaluate(() => document.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? ''),
      'the own-words meter',
    ).then((valueText) => expect(valueText).toMatch(/^\d+% your own words$/));
    expect(await textOf(popup)).not.toMatch(/"confidential" is not allowed/);
    await (await button(popup, 'Add #AcmeEmployee')).click();
    await until(
      () => editor.evaluate((el) => (el as HTMLTextAreaElement).value.includes('#AcmeEmployee')),
      'the disclosure in the post',
    );
  });

  it('copies the post to the clipboard', async () => {
    await (await button(popup, 'Copy text')).click();
    await waitForText(popup, /Copied/);
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('I spent March making sync survive a train tunnel');
    expect(copied).toContain('#AcmeEmployee');
  });

  it("opens X's share page with the post (the proxy keeps x.com from being contacted)", async () => {
    const editor = await field(popup, /Your post/);
    await editor.evaluate((el) => (el as HTMLTextAreaElement).select());
    await editor.type(`${POST} #AcmeEmployee`);
    // The tab ends on Firefox's error page for the refusing proxy, which names the address asked for.
    const opened = firefox.browser.waitForTarget(
      (target) => askedFor(target.url()).startsWith('https://x.com/'),
      {
        timeout: 15_000,
      },
    );
    await (await button(popup, 'X')).click();
    const target = await opened;
    expect(target.url()).toMatch(/^about:neterror\?e=proxyConnectFailure/);
    const url = new URL(askedFor(target.url()));
    expect(url.origin + url.pathname).toBe('https://x.com/intent/post');
    expect(url.searchParams.get('text')).toContain('I spent March making sync survive a train tunnel');
    expect(url.searchParams.get('text')).toContain('#AcmeEmployee');
  });

  it('lists both shares in My history', async () => {
    const history = await firefox.openExtensionPage('history.html');
    await waitForText(history, /2 shares/);
    const text = await textOf(history);
    expect(text).toMatch(/\bX\b/);
    expect(text).toMatch(/Copied|Clipboard/);
    expect((await storedShares(history)).map((s) => s.channel).sort()).toEqual(['clipboard', 'x']);
    await history.close();
  });

  it('exports the history as JSON, erases it and imports it back whole', async () => {
    const history = await firefox.openExtensionPage('history.html');
    const before = await until(async () => {
      const shares = await storedShares(history);
      return shares.length === 2 ? shares : null;
    }, 'two stored shares');
    await (await button(history, 'Export and erase')).click();
    await (await button(history, 'Export as JSON')).click();
    // Firefox creates the file first and writes it afterwards: wait for a whole JSON document.
    const { file, exported } = await until(() => {
      const name = readdirSync(downloads).find((f) => f.endsWith('.json'));
      if (!name) return Promise.resolve(null);
      try {
        const parsed = JSON.parse(readFileSync(path.join(downloads, name), 'utf8')) as {
          entries?: unknown[];
        };
        return Promise.resolve({ file: path.join(downloads, name), exported: parsed });
      } catch {
        return Promise.resolve(null);
      }
    }, 'the export in the download folder');
    expect(exported.entries).toHaveLength(2);

    await (await button(history, 'Erase my history…')).click();
    await (await button(history, 'Erase everything')).click();
    await until(async () => (await storedShares(history)).length === 0, 'the erased history');

    const input = await field(history, /Import a JSON export/);
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    await waitForText(history, /Imported 2 entries\./);
    const byId = (rows: Array<Record<string, unknown>>) =>
      [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(await storedShares(history))).toEqual(byId(before));
    await history.close();
  });
});
