import path from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { E2E_BUILD_DIR, ROOT_DIR } from './constants';
import { FeedServer } from './feed-server';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../../shared/cli/launch-chromium';

/**
 * LinkedIn-like fixture pages (tests/fixtures/linkedin/, each saying what it is based on), served
 * on 127.0.0.1 and mapped onto https://www.linkedin.com/ so the extension's real URL rules apply.
 * Real LinkedIn is never contacted.
 */
export const LINKEDIN_PAGES: Record<string, string> = {
  '/feed/': 'feed-2026.html',
  '/preload/': 'preload-2026.html',
  '/fixture/light-quill/': 'quill-dialog.html',
  '/fixture/plain/': 'plain-textbox.html',
  '/fixture/unknown/': 'unknown-layout.html',
};

/** The feed both LinkedIn suites share: one item, and a disclosure the employee must add. */
export const ACME_FEED = {
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

const FIXTURES_DIR = path.join(ROOT_DIR, 'tests/fixtures/linkedin');

/** Files of real libraries the fixture pages load (Quill 2 from npm). */
const ASSETS: Record<string, string> = {
  '/fixture-assets/quill.js': path.join(ROOT_DIR, 'node_modules/quill/dist/quill.js'),
};

/**
 * What the 2026 fixture page itself loads from linkedin.com (its Quill library and its preload
 * iframe): LinkedIn's page fetching its own files, not Ownvoice. The privacy audit allows these.
 */
export const LINKEDIN_FIXTURE_SUBRESOURCES: readonly string[] = [...Object.keys(ASSETS), '/preload/'].map(
  (p) => `https://www.linkedin.com${p}`,
);

/** The file that answers for a linkedin.com path, for any browser's request interception; undefined: 404. */
export function linkedInFixtureFile(pathname: string): { file: string; contentType: string } | undefined {
  const asset = ASSETS[pathname];
  if (asset) return { file: asset, contentType: 'text/javascript' };
  const page = LINKEDIN_PAGES[pathname];
  return page ? { file: path.join(FIXTURES_DIR, page), contentType: 'text/html; charset=utf-8' } : undefined;
}

/** Serves the fixture pages for `https://www.linkedin.com/**` in this context (no server: files answer). */
export async function routeLinkedIn(context: BrowserContext): Promise<void> {
  await context.route('https://www.linkedin.com/**', async (route) => {
    const found = linkedInFixtureFile(new URL(route.request().url()).pathname);
    if (!found) return route.fulfill({ status: 404, body: 'not in the fixtures' });
    return route.fulfill({ path: found.file, contentType: found.contentType });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.linkedin.com',
  });
}

export interface ShareRow {
  id: string;
  status: string;
  text: string;
  itemTitle?: string;
}

/** The share history, read from the extension's own IndexedDB on one of its pages. */
export function shares(page: Page): Promise<ShareRow[]> {
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

interface ChromeTabs {
  chrome: {
    tabs: {
      query(q: object): Promise<{ windowId: number }[]>;
      create(p: { url: string; active: boolean; windowId?: number }): Promise<unknown>;
    };
  };
}

/**
 * Opens the popup as the toolbar button does: while the LinkedIn tab is the active tab of its
 * window, so the popup's first look at the active tab sees LinkedIn. (Opened as the active tab
 * itself and then switched away from, it depends on noticing the switch; that raced in full runs.)
 */
export async function openPopupOn(ext: LaunchedExtension, linkedin: Page): Promise<Page> {
  await linkedin.bringToFront();
  const url = ext.extensionUrl('popup.html');
  const opened = ext.context.waitForEvent('page');
  await ext.serviceWorker.evaluate(async (popupUrl) => {
    const { chrome } = globalThis as unknown as ChromeTabs;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.create({ url: popupUrl, active: false, ...(tab ? { windowId: tab.windowId } : {}) });
  }, url);
  const popup = await opened;
  await popup.waitForURL(url);
  return popup;
}

/** Opens the popup beside a LinkedIn tab and presses "Open on this page", as the employee would. */
export async function invokeOn(ext: LaunchedExtension, linkedin: Page): Promise<void> {
  const popup = await openPopupOn(ext, linkedin);
  const open = popup.getByRole('button', { name: 'Open on this page' });
  await open.waitFor();
  await open.click();
  await popup.close().catch(() => undefined);
}

/** Ownvoice's panel: an extension page framed in a closed shadow root on the LinkedIn page. */
export function isPanelFrame(frame: Frame): boolean {
  const url = frame.url();
  return /^(chrome|moz)-extension:/.test(url) && new URL(url).pathname === '/panel.html';
}

/** How many panel frames the LinkedIn page holds now (0 before the employee asks, or once closed). */
export function panelFrames(linkedin: Page): number {
  return linkedin.frames().filter(isPanelFrame).length;
}

/**
 * The panel's frame, from the browser's frame tree: a person sees it on screen, while the page's
 * own scripts cannot reach it (the closed shadow root, a cross-origin frame). Waits for it to open.
 */
export async function panelFrame(linkedin: Page, timeoutMs = 15_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const frame = linkedin.frames().find(isPanelFrame);
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > until) throw new Error('The Ownvoice panel did not open on the LinkedIn page');
    await linkedin.waitForTimeout(50);
  }
}

interface DomNode {
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/**
 * How many closed shadow roots the page holds, read through the DevTools protocol (which sees
 * them; page scripts do not). Ownvoice's host is the only one on the fixture pages, so this counts
 * what Ownvoice put on the page without relying on a tag name it does not have.
 */
export async function closedShadowRoots(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let count = 0;
    const walk = (node: DomNode): void => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') count++;
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return count;
  } finally {
    await cdp.detach();
  }
}

/** The panel's landmark inside its frame. */
export async function panelIn(linkedin: Page): Promise<Locator> {
  const panel = (await panelFrame(linkedin)).getByRole('complementary', { name: 'Ownvoice' });
  await panel.waitFor();
  return panel;
}

/** In the panel: open the item, write the post, add the required disclosure, press "Put in LinkedIn post". */
export async function writeAndPut(linkedin: Page, itemTitle: RegExp, text: string): Promise<void> {
  const panel = await panelIn(linkedin);
  await panel.getByRole('button', { name: itemTitle }).click();
  const editor = panel.getByRole('textbox', { name: /Your post/ });
  await editor.fill(text);
  await panel.getByRole('button', { name: 'Add #AcmeEmployee' }).click();
  await panel.getByRole('button', { name: 'Put in LinkedIn post' }).click();
}

export interface LinkedInSuite {
  /** The browser with the e2e build, its LinkedIn fixtures routed. */
  ext: LaunchedExtension;
  /** An extension page kept open, to read the share history from. */
  extPage: Page;
}

/**
 * Registers the suite's hooks: the feed server with ACME_FEED, the browser, the fixture routes.
 * The returned object is filled in by `beforeAll`; read it inside tests only.
 */
export function linkedInSuite(): LinkedInSuite {
  const feedServer = new FeedServer();
  const suite = {} as LinkedInSuite;
  beforeAll(async () => {
    await feedServer.start();
    feedServer.serveJson(ACME_FEED);
    suite.ext = await launchExtension(E2E_BUILD_DIR);
    await routeLinkedIn(suite.ext.context);
    await feedServer.waitForRequests(1);
    suite.extPage = await suite.ext.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await suite.ext?.close();
    await feedServer.stop();
  });
  return suite;
}
