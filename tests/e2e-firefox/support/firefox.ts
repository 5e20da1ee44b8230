/**
 * Debian's firefox-esr, headless, driven by puppeteer-core 24 over WebDriver BiDi (STYLE.md,
 * "Environment facts"). The unpacked build is installed as a temporary add-on; its
 * `moz-extension://` address is fixed by the `extensions.webextensions.uuids` pref.
 * What BiDi in Firefox does not do, measured: `page.goto('moz-extension://…')` never resolves
 * (it is started, not awaited, and `document.readyState` is polled), and `waitForFunction` is
 * refused by the extension page's CSP (polling goes through `page.evaluate`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The fixed address of the extension's pages in these tests. */
export const EXTENSION_UUID = '0f3c6d1e-5b7a-4c2e-9a41-7d2b8e6f1a90';

export interface FirefoxOptions {
  /** The gecko id in the build's manifest (browser_specific_settings.gecko.id). */
  geckoId: string;
  /** A profile to keep across a restart; the caller removes it. Default: a fresh one, removed on close. */
  userDataDir?: string;
  prefs?: Record<string, string | number | boolean>;
  /** For a test's own HTTPS server on localhost (a self-signed certificate). Default false. */
  acceptInsecureCerts?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  extensionUrl(pagePath: string): string;
  /** Opens an extension page in a new tab once its document has loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  close(): Promise<void>;
}

/** Waits until `check` resolves truthy, asking again every 100 ms; the last error explains a timeout. */
export async function until<T>(
  check: () => Promise<T | null | undefined | false | ''>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Firefox: gave up waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchFirefox(extensionDir: string, opts: FirefoxOptions): Promise<LaunchedFirefox> {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`launchFirefox: no manifest.json in ${dir}; build the extension first`);
  }
  if (!existsSync(FIREFOX_PATH)) throw new Error(`launchFirefox: no Firefox at ${FIREFOX_PATH}`);
  const ownProfile = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ownvoice-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [opts.geckoId]: EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; keep its data and address for a restart.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Nothing leaves the machine: every host but loopback goes to a proxy that is not there.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...opts.prefs,
    },
  });
  const closeBrowser = async () => {
    try {
      await browser.close();
    } finally {
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    }
  };
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await closeBrowser();
    throw error;
  }
  const extensionUrl = (pagePath: string) =>
    `moz-extension://${EXTENSION_UUID}/${pagePath.replace(/^\/+/, '')}`;
  let closed = false;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(pagePath) {
      const page = await browser.newPage();
      const url = extensionUrl(pagePath);
      // Never resolves for moz-extension:// over BiDi: started, not awaited.
      page.goto(url).catch(() => undefined);
      await until(
        () => page.evaluate((href) => location.href === href && document.readyState === 'complete', url),
        `${pagePath} to load`,
      );
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await closeBrowser();
    },
  };
}

/** The page's visible text (polling helpers read it). */
export function textOf(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Waits until the page's text matches. */
export async function waitForText(page: Page, pattern: RegExp, timeoutMs?: number): Promise<string> {
  return until(
    async () => {
      const text = await textOf(page);
      return pattern.test(text) ? text : '';
    },
    `text ${String(pattern)}`,
    timeoutMs,
  );
}

/**
 * The enabled-or-not button (or link) whose accessible text matches, as an element handle: a
 * click on it is real input (WebDriver BiDi `input.performActions`), a user gesture to the page.
 */
export async function button(
  page: Page,
  name: RegExp | string,
  timeoutMs?: number,
): Promise<ElementHandle<Element>> {
  const source = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  return until(
    async () => {
      const handle = await page.evaluateHandle((pattern) => {
        const re = new RegExp(pattern);
        const candidates = [...document.querySelectorAll('button, a, [role="button"]')];
        return (
          candidates.find((el) => re.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim())) ??
          null
        );
      }, source);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) await handle.dispose();
      return element;
    },
    `button ${String(name)}`,
    timeoutMs,
  );
}

/**
 * Finds a button and presses it, finding it again if React replaced it in between (the popup's
 * first paint shows the list it kept from last time, then the live list takes its place, so a
 * card found a moment too early is detached when clicked: "Node is detached from document").
 */
export async function press(page: Page, name: RegExp | string, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await button(page, name)).click();
      return;
    } catch (error) {
      if (attempt >= tries || !/detached/i.test(String(error))) throw error;
    }
  }
}

/** The form field whose label text matches. */
export async function field(page: Page, label: RegExp): Promise<ElementHandle<Element>> {
  return until(
    async () => {
      const handle = await page.evaluateHandle((pattern) => {
        const re = new RegExp(pattern);
        for (const el of document.querySelectorAll('input, textarea, select')) {
          const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '');
          const name = [el.getAttribute('aria-label') ?? '', ...labels].join(' ');
          if (re.test(name)) return el;
        }
        return null;
      }, label.source);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) await handle.dispose();
      return element;
    },
    `field ${String(label)}`,
  );
}
