/**
 * The LinkedIn panel in Firefox: the LinkedIn-like fixture pages (tests/fixtures/linkedin, owned
 * by the overlay's own suite) answer for https://www.linkedin.com/ through WebDriver BiDi's
 * request interception, so LinkedIn is never contacted; "Open on this page" in the popup puts the
 * panel into that tab. This covers opening the panel and seeing its cards; writing into
 * LinkedIn's composer is tests/e2e/overlay.e2e.ts's, in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, FIREFOX_E2E_BUILD_DIR, ROOT_DIR } from '../e2e/support/constants';
import { button, launchFirefox, until, waitForText, type LaunchedFirefox } from './support/firefox';

const FIXTURES = path.join(ROOT_DIR, 'tests/fixtures/linkedin');
const PAGES: Record<string, string> = {
  '/feed/': 'quill-dialog.html',
  '/fixture/plain/': 'plain-textbox.html',
};

/** What the panel shows, read through its open shadow root. */
function panelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('ownvoice-overlay');
    return host?.shadowRoot?.textContent ?? '';
  });
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
      const file = PAGES[url.pathname];
      request
        .respond(
          file
            ? {
                status: 200,
                contentType: 'text/html; charset=utf-8',
                body: readFileSync(path.join(FIXTURES, file)),
              }
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
    expect(await linkedin.evaluate(() => document.querySelectorAll('ownvoice-overlay').length)).toBe(0);
    await linkedin.close();
  });

  it.each(Object.keys(PAGES))('opens the panel with the feed’s cards on %s', async (pathname) => {
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
});
