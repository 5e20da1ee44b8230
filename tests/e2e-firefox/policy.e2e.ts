/**
 * IT rolls Ownvoice out by Firefox policy: a real `distribution/policies.json` beside firefox-esr
 * (3rdparty.Extensions.<gecko id>, see tests/e2e/support/policy-files.ts), read by Firefox at
 * start, and what employees see. Writing it needs root (CI has it); elsewhere this says so and is
 * skipped. The file is put back as it was in afterAll, even when a test fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, FIREFOX_BUILD_DIR } from '../e2e/support/constants';
import { FeedServer } from '../e2e/support/feed-server';
import {
  firefoxDistributionDir,
  policyFilesUnavailable,
  writeFirefoxPolicy,
} from '../e2e/support/policy-files';
import {
  button,
  press,
  field,
  FIREFOX_PATH,
  launchFirefox,
  textOf,
  until,
  waitForText,
  type LaunchedFirefox,
} from './support/firefox';

const unavailable = policyFilesUnavailable(firefoxDistributionDir(FIREFOX_PATH));
if (unavailable)
  console.warn(`[e2e] SKIPPED: Firefox policy tests need root to write policies.json: ${unavailable}`);

const feed = (title: string, itemTitle: string) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items: [
    {
      id: itemTitle,
      url: 'https://acme.example/news/1',
      title: itemTitle,
      date_published: new Date(Date.now() - 86_400_000).toISOString(),
    },
  ],
});

interface PermissionsGlobal {
  browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
}
const holds = (page: Page, origin: string) =>
  page.evaluate(
    (o) => (globalThis as unknown as PermissionsGlobal).browser.permissions.contains({ origins: [o] }),
    origin,
  );

describe.skipIf(unavailable !== null)('IT policy from a real Firefox policies.json', () => {
  const server = new FeedServer({ port: 0 });
  let profile: string;
  let firefox: LaunchedFirefox | undefined;
  let removePolicy: () => void = () => undefined;
  let plainUrl: string;
  let corsUrl: string;

  const launch = async () => {
    firefox = await launchFirefox(FIREFOX_BUILD_DIR, {
      geckoId: DEFAULT_GECKO_ID,
      userDataDir: profile,
      // Answers the permission doorhanger a headless Firefox cannot show (Mozilla's test pref).
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    return firefox;
  };

  beforeAll(async () => {
    await server.start();
    plainUrl = server.feedUrl;
    // Another host name for the same server: one feed needs a permission, the other sends the header.
    corsUrl = `http://localhost:${server.port}/cors.json`;
    server.serveJson(feed('Acme IT news', 'New laptops for every team'));
    server.serveJson(
      feed('Acme HR news', 'Open enrolment starts Monday'),
      { headers: { 'Access-Control-Allow-Origin': '*' } },
      '/cors.json',
    );
    profile = await mkdtemp(path.join(os.tmpdir(), 'ownvoice-firefox-policy-'));
    removePolicy = writeFirefoxPolicy(FIREFOX_PATH, DEFAULT_GECKO_ID, {
      // The last entry is not a feed address: it is skipped, the others still apply.
      feeds: [plainUrl, corsUrl, 'ftp://files.acme.example/feed.json'],
      allowUserFeeds: false,
      defaultRoles: ['promoter'],
      defaultLanguages: ['pl'],
    });
    await launch();
  });

  afterAll(async () => {
    try {
      await firefox?.close();
    } finally {
      removePolicy();
      await rm(profile, { recursive: true, force: true });
      await server.stop();
    }
  });

  it('lists the policy feeds as set by the organization, skips the wrong entry and hides "Add feed"', async () => {
    const settings = await firefox!.openExtensionPage('options.html');
    const text = await waitForText(settings, /Open enrolment|Acme HR news/);
    expect(text.match(/Set by your organization/g)?.length).toBe(2);
    expect(text).toContain(plainUrl);
    expect(text).not.toContain('ftp://files.acme.example');
    expect(text).toContain('Your organization sets which feeds Ownvoice shows.');
    expect(
      await settings.evaluate(() =>
        [...document.querySelectorAll('label')].some((l) => l.textContent === 'Add a feed URL'),
      ),
    ).toBe(false);
    await settings.close();
  });

  it('gives employees the default role and language', async () => {
    const settings = await firefox!.openExtensionPage('options.html');
    const checked = await until(
      () =>
        settings.evaluate(() => {
          const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
          const on = boxes.filter((b) => b.checked).map((b) => b.closest('label')?.textContent ?? '');
          return on.length >= 2 ? on : null;
        }),
      'the default role and language',
    );
    expect(checked.some((label) => label.startsWith('Promoter'))).toBe(true);
    expect(checked.some((label) => label.includes('(pl)'))).toBe(true);
    expect(checked.some((label) => label.startsWith('Expert'))).toBe(false);
    await settings.close();
  });

  it('loads the feed whose server sends Access-Control-Allow-Origin: * with no permission', async () => {
    const popup = await firefox!.openExtensionPage('popup.html');
    await waitForText(popup, /Open enrolment starts Monday/);
    expect(await holds(popup, 'http://localhost/*')).toBe(false);
    await popup.close();
  });

  it('says 127.0.0.1 is not allowed yet, and loads its feed after "Allow Ownvoice to read 127.0.0.1"', async () => {
    const popup = await firefox!.openExtensionPage('popup.html');
    await waitForText(popup, /Ownvoice may not read 127\.0\.0\.1 until you allow it/);
    expect(await textOf(popup)).not.toMatch(/Couldn't reach/);
    await (await button(popup, 'Allow Ownvoice to read 127.0.0.1')).click();
    await waitForText(popup, /New laptops for every team/);
    expect(await holds(popup, 'http://127.0.0.1/*')).toBe(true);
    expect(await textOf(popup)).not.toMatch(/may not read/);
    await popup.close();
  });

  it('shares an item from the policy feed (the history entry outlives the restart below)', async () => {
    const popup = await firefox!.openExtensionPage('popup.html');
    await press(popup, /New laptops for every team/);
    await (await field(popup, /Your post/)).type('Our team gets new laptops on Monday, and I am glad.');
    await (await button(popup, 'Copy text')).click();
    await waitForText(popup, /Copied/);
    await popup.close();
  });

  it('drops the preset feeds and shows "Add feed" again once policies.json is gone and Firefox restarts', async () => {
    await firefox!.close();
    removePolicy();
    await launch();
    const settings = await firefox!.openExtensionPage('options.html');
    await until(
      () =>
        settings.evaluate(() =>
          [...document.querySelectorAll('label')].some((l) => l.textContent === 'Add a feed URL'),
        ),
      '"Add feed" to come back',
    );
    const text = await textOf(settings);
    expect(text).not.toContain(plainUrl);
    expect(text).not.toContain('Set by your organization');
    await settings.close();
    // The profile's data survived the restart, so the feeds went with the policy, not with the data.
    const history = await firefox!.openExtensionPage('history.html');
    await waitForText(history, /\b1 share\b/);
    expect(await textOf(history)).toContain('Our team gets new laptops on Monday');
    await history.close();
  });

  // Firefox hands the file over as written, so a restriction written wrongly must fail closed (issue 23).
  it.each<[string, unknown]>([
    ['the text "false"', 'false'],
    ['0', 0],
    ['null', null],
  ])('keeps "Add feed" off when allowUserFeeds is %s, and Settings names the value', async (_name, value) => {
    await firefox!.close();
    removePolicy = writeFirefoxPolicy(FIREFOX_PATH, DEFAULT_GECKO_ID, {
      feeds: [corsUrl],
      allowUserFeeds: value,
      defaultRoles: ['expert', 'ceo'],
    });
    try {
      await launch();
      const settings = await firefox!.openExtensionPage('options.html');
      const text = await waitForText(settings, /IT policy has values Ownvoice cannot read/);
      expect(text).toContain(`allowUserFeeds is ${JSON.stringify(value)}, not true or false`);
      expect(text).toContain('defaultRoles[1] is "ceo"');
      expect(
        await settings.evaluate(() =>
          [...document.querySelectorAll('label')].some((l) => l.textContent === 'Add a feed URL'),
        ),
      ).toBe(false);
      await settings.close();
    } finally {
      // Back to no file before the next value, so afterAll's restore is the last word even on failure.
      removePolicy();
    }
  });
});
