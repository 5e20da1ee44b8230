/**
 * The LinkedIn panel in Firefox: the LinkedIn-like fixture pages (tests/fixtures/linkedin, each
 * saying what it is based on; the lookup is tests/e2e/support/linkedin.ts's, shared with
 * Chromium) answer for https://www.linkedin.com/ through WebDriver BiDi's request interception,
 * so LinkedIn is never contacted; "Open on this page" in the popup puts the panel into that tab.
 * Covered here: the panel and its cards on every layout, and "Put in LinkedIn post" into the 2026
 * composer (real Quill 2 in the open shadow root of #interop-outlet). The other layouts' writing,
 * and what happens after Post, are tests/e2e/overlay.e2e.ts's and linkedin-2026.e2e.ts's.
 */
import { readFileSync } from 'node:fs';
import type { ElementHandle, Frame, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, FIREFOX_E2E_BUILD_DIR } from '../e2e/support/constants';
import { linkedInFixtureFile } from '../e2e/support/linkedin';
import { button, launchFirefox, until, waitForText, type LaunchedFirefox } from './support/firefox';

const PAGES = ['/feed/', '/fixture/light-quill/', '/fixture/plain/'];

/** Where a frame's document is: puppeteer's `frame.url()` stays about:blank for a moz-extension frame. */
const frameHref = (frame: Frame) => frame.evaluate(() => location.href).catch(() => '');

async function findPanelFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(await frameHref(frame))) return frame;
  }
  return null;
}

/**
 * The panel's frame: a moz-extension page inside a closed shadow root, found in the browser's
 * frame tree (the page's own scripts cannot reach it).
 */
function panelFrame(page: Page): Promise<Frame> {
  return until(() => findPanelFrame(page), 'the panel frame');
}

/** What the panel shows, read inside its frame. */
async function panelText(page: Page): Promise<string> {
  const frame = await findPanelFrame(page);
  return frame ? frame.evaluate(() => document.body.innerText).catch(() => '') : '';
}

describe('the LinkedIn panel in Firefox', () => {
  let firefox: LaunchedFirefox;
  const linkedinRequests: string[] = [];

  beforeAll(async () => {
    firefox = await launchFirefox(FIREFOX_E2E_BUILD_DIR, { geckoId: DEFAULT_GECKO_ID });
    const popup = await firefox.openExtensionPage('popup.html');
    await (await button(popup, 'Try the demo feed')).click();
    await waitForText(popup, /Northwind Flow 4\.0/);
    await popup.close();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** A tab on https://www.linkedin.com/<path> whose document is one of the fixture pages. */
  async function openLinkedIn(pathname: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = new URL(request.url());
      if (url.origin !== 'https://www.linkedin.com') {
        request.continue().catch(() => undefined);
        return;
      }
      linkedinRequests.push(url.href);
      const found = linkedInFixtureFile(url.pathname);
      request
        .respond(
          found
            ? { status: 200, contentType: found.contentType, body: readFileSync(found.file) }
            : { status: 404, contentType: 'text/plain', body: 'not in the fixtures' },
        )
        .catch(() => undefined);
    });
    await page.goto(`https://www.linkedin.com${pathname}`);
    return page;
  }

  /** "Open on this page" in the popup, with the LinkedIn tab in front, as the employee would. */
  async function openPanelOn(linkedin: Page): Promise<void> {
    const popup = await firefox.openExtensionPage('popup.html');
    await linkedin.bringToFront();
    await (await button(popup, 'Open on this page')).click();
    await popup.close().catch(() => undefined);
  }

  it('puts nothing on the page before the employee asks', async () => {
    const linkedin = await openLinkedIn('/feed/');
    expect(await linkedin.evaluate(() => document.title)).not.toBe('');
    expect(await findPanelFrame(linkedin)).toBeNull();
    await linkedin.close();
  });

  it.each(PAGES)('opens the panel with the feed’s cards on %s', async (pathname) => {
    const linkedin = await openLinkedIn(pathname);
    await openPanelOn(linkedin);
    const text = await until(async () => {
      const shown = await panelText(linkedin);
      return /Northwind Flow 4\.0/.test(shown) ? shown : '';
    }, 'the panel and its cards');
    expect(text).toMatch(/Ownvoice/);
    expect(linkedinRequests.every((url) => url.startsWith('https://www.linkedin.com/'))).toBe(true);
    await linkedin.close();
  });

  /** An element inside the panel's frame, found by a test on it. */
  async function inPanel(linkedin: Page, selector: string, text: RegExp): Promise<ElementHandle<Element>> {
    const frame = await panelFrame(linkedin);
    return until(
      async () => {
        const handle = await frame.evaluateHandle(
          (sel, pattern) => {
            const re = new RegExp(pattern);
            return (
              [...document.querySelectorAll(sel)].find((el) =>
                re.test(`${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`),
              ) ?? null
            );
          },
          selector,
          text.source,
        );
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element;
      },
      `${selector} ${String(text)} in the panel`,
    );
  }

  it('puts the post into the 2026 composer: Quill in the shadow root takes it, Post is enabled', async () => {
    const linkedin = await openLinkedIn('/feed/');
    // "Start a post", as the employee would: LinkedIn's composer opens in #interop-outlet's shadow root.
    const start = await until(() => linkedin.$('[role="button"]'), 'the Start a post trigger');
    await start.click();
    await until(
      () =>
        linkedin.evaluate(
          () => !!document.getElementById('interop-outlet')?.shadowRoot?.querySelector('.ql-editor'),
        ),
      'the composer in the shadow root',
    );
    await openPanelOn(linkedin);
    await (await inPanel(linkedin, 'button', /Northwind Flow 4\.0/)).click();
    const editor = await inPanel(linkedin, 'textarea', /Your post/);
    const text = 'Tried offline mode on the ferry this morning.';
    await editor.type(text);
    await (await inPanel(linkedin, 'button', /^ ?Add #NorthwindTeam$/)).click();
    await (await inPanel(linkedin, 'button', /Put in LinkedIn post/)).click();

    const outcome = await until(async () => {
      const shown = await panelText(linkedin);
      return /Your text is in LinkedIn's post box|paste with/.test(shown) ? shown : '';
    }, 'what the panel says after Put in LinkedIn post');
    expect(outcome).toMatch(/Your text is in LinkedIn's post box/);
    const state = await linkedin.evaluate(() => {
      const quill = (
        window as unknown as { __fixtureQuill: () => { getText(): string } | null }
      ).__fixtureQuill();
      const post = document
        .getElementById('interop-outlet')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button.share-actions__primary-action');
      return { text: quill?.getText() ?? '', postEnabled: post ? !post.disabled : false, url: location.href };
    });
    expect(state.text).toContain(text);
    expect(state.text).toContain('#NorthwindTeam');
    expect(state.postEnabled).toBe(true);
    expect(state.url).toBe('https://www.linkedin.com/feed/');
    await linkedin.close();
  });

  it("gives LinkedIn's page nothing: no text of the panel, none of its keys, no message", async () => {
    const linkedin = await openLinkedIn('/fixture/plain/');
    // The probe, in the page's own world, as LinkedIn's scripts would listen.
    await linkedin.evaluate(() => {
      const probe = { keys: 0, inputs: 0, messages: [] as string[] };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      for (const type of ['keydown', 'keypress', 'keyup'])
        document.addEventListener(type, () => probe.keys++, true);
      for (const type of ['input', 'beforeinput'])
        document.addEventListener(type, () => probe.inputs++, true);
      window.addEventListener('message', (e) => probe.messages.push(JSON.stringify(e.data)));
    });
    await openPanelOn(linkedin);
    await (await inPanel(linkedin, 'button', /Northwind Flow 4\.0/)).click();
    const draft = 'Not posted yet 9kx: thinking it over';
    const editor = await inPanel(linkedin, 'textarea', /Your post/);
    await editor.type(draft);
    // The keys reached the panel (so the probe below had keys to hear).
    expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(draft);
    const seen = await linkedin.evaluate(() => {
      const texts = [document.body.innerText];
      for (const el of document.querySelectorAll('*'))
        if (el.shadowRoot) texts.push(el.shadowRoot.textContent ?? '');
      for (let i = 0; i < window.frames.length; i++) {
        try {
          texts.push(window.frames[i]!.document.body.innerText);
        } catch {
          texts.push('(refused)');
        }
      }
      return { text: texts.join('\n'), probe: (window as unknown as { __probe: unknown }).__probe };
    });
    expect(seen.text).not.toContain(draft);
    expect(seen.text).not.toContain('Northwind Flow 4.0');
    expect(seen.probe).toEqual({ keys: 0, inputs: 0, messages: [] });
    await linkedin.close();
  });
});
