import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Launches Chromium with the unpacked extension: `npm start`, the e2e tests and the benchmarks
 * all go through here, so the flags STYLE.md measured live in one place.
 */

/** Debian's Chromium unless `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Default true. Chromium 156's headless mode (the "new" one) loads extensions. */
  headless?: boolean;
  /** Extra Chromium flags, appended to the defaults. */
  args?: string[];
  /** Defaults to `CHROMIUM_PATH` or /usr/bin/chromium. */
  executablePath?: string;
  /** Milliseconds to wait for the extension's service worker. Default 15 s. */
  serviceWorkerTimeout?: number;
  /** Other Playwright options (e.g. `viewport: null` for a headed window). */
  contextOptions?: Omit<LaunchContextOptions, 'executablePath' | 'headless' | 'args' | 'ignoreDefaultArgs'>;
  /**
   * A profile to keep, for a test that restarts the browser on it; the caller removes it.
   * Default: a fresh temporary profile, removed on close.
   */
  userDataDir?: string;
  /** Playwright default flags to drop, besides --disable-extensions. */
  ignoreDefaultArgs?: string[];
}

type LaunchContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export interface LaunchedExtension {
  context: BrowserContext;
  /** The host of the service worker's URL (`chrome-extension://<id>/background.js`). */
  extensionId: string;
  serviceWorker: Worker;
  /** Opens `chrome-extension://<id>/<path>` in a new tab and waits for it to load. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(pagePath: string): string;
  /** Closes the browser and removes the temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** The flags every launch uses (STYLE.md, "Environment facts"); headless is Playwright's option, not a flag here. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * Chromium refuses an unpacked extension whose manifest names a missing file (for example
 * `storage.managed_schema`) and says so only in its own UI; headless, the symptom is a
 * service worker that never starts. Checking first turns that into a readable error.
 */
export function assertManifestFilesExist(dir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    storage?: { managed_schema?: string };
  };
  const files = [
    manifest.background?.service_worker,
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.storage?.managed_schema,
  ].filter((f): f is string => typeof f === 'string');
  const missing = files.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(`launchExtension: ${dir}/manifest.json names missing file(s): ${missing.join(', ')}`);
  }
}

/** Playwright default flags that would stop the unpacked extension from loading. */
export const PLAYWRIGHT_ARGS_TO_DROP = ['--disable-extensions'];

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** Waits for the extension's service worker: already running, or the next `serviceworker` event. */
export async function waitForServiceWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const existing = context.serviceWorkers().find(isExtensionWorker);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout });
}

/**
 * Launches Chromium with one unpacked extension in a fresh temporary profile.
 * `extensionDir` is a WXT output directory such as `.output/chrome-mv3-e2e`.
 */
export async function launchExtension(
  extensionDir: string,
  opts: LaunchOptions = {},
): Promise<LaunchedExtension> {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`launchExtension: no manifest.json in ${dir}; build the extension first`);
  }
  assertManifestFilesExist(dir);
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  const ownProfile = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ownvoice-profile-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      ...opts.contextOptions,
      executablePath,
      headless: opts.headless ?? true,
      args: [...chromiumArgs(dir), ...(opts.args ?? [])],
      // Playwright passes --disable-extensions by default. Chromium 156 lets --load-extension win
      // anyway (measured), but dropping it keeps that from depending on the browser version.
      ignoreDefaultArgs: [...PLAYWRIGHT_ARGS_TO_DROP, ...(opts.ignoreDefaultArgs ?? [])],
    });
  } catch (error) {
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    }
  };

  let serviceWorker: Worker;
  try {
    serviceWorker = await waitForServiceWorker(context, opts.serviceWorkerTimeout);
  } catch (error) {
    await close();
    throw new Error(
      `launchExtension: the extension in ${dir} did not start a service worker (is the manifest valid?): ${String(error)}`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (pagePath: string) =>
    `chrome-extension://${extensionId}/${pagePath.replace(/^\/+/, '')}`;

  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl,
    async openExtensionPage(pagePath: string) {
      const page = await context.newPage();
      await page.goto(extensionUrl(pagePath));
      return page;
    },
    close,
  };
}
