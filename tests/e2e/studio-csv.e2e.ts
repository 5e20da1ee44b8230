import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, ROOT_DIR } from './support/constants';
import { FeedServer } from './support/feed-server';
import {
  cardTexts,
  EMPTY_PRESET,
  popupCards,
  studioRegions,
  subscribe,
  type CardText,
} from './support/studio';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// Marketing plans its items in a spreadsheet, runs `npm run feed:build` on it and publishes the
// result. Here the real command turns the example sheet that ships with the guide into a feed, the
// test serves that file on 127.0.0.1, the organizer opens it in the studio by its address, and the
// employee who subscribes to it sees in the popup exactly what the studio's preview showed.
const EXAMPLE_CSV = path.join(ROOT_DIR, 'shared', 'feed', 'items.example.csv');
const TITLE = 'Acme news from the sheet';

interface BuiltItem {
  title?: string;
  summary?: string;
  _ownvoice?: { pinned?: boolean; expires_at?: string };
}

/** `npm run feed:build -- …` as an organizer types it, in the project folder. */
function feedBuild(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'feed:build', '--', ...args],
      { cwd: ROOT_DIR, timeout: 60_000 },
      (error, _stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr });
      },
    );
  });
}

describe('a feed built from a spreadsheet, in the studio and the popup', () => {
  const server = new FeedServer();
  let ext: LaunchedExtension;
  let studio: Page;
  let dir = '';
  let feedFile = '';
  let built: { title: string; items: BuiltItem[] };
  let previewed: CardText[] = [];

  beforeAll(async () => {
    await server.start();
    server.serveJson(EMPTY_PRESET);
    dir = await mkdtemp(path.join(os.tmpdir(), 'ownvoice-csv-'));
    ext = await launchExtension(E2E_BUILD_DIR);
    // The sheet's links and images point at acme.example; nothing leaves the machine.
    await ext.context.route(/^https?:\/\/([^/]+\.)?acme\.example\//, (route) => route.abort());
    studio = await ext.openExtensionPage('studio.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const main = () => studioRegions(studio).main();
  const preview = () => studioRegions(studio).preview();

  it('npm run feed:build turns the example sheet into a usable feed file', async () => {
    feedFile = path.join(dir, 'feed.json');
    const result = await feedBuild(EXAMPLE_CSV, '--title', TITLE, '-o', feedFile);
    expect(result.stderr).toContain('OK: the feed is usable');
    expect(result.code).toBe(0);
    const text = await readFile(feedFile, 'utf8');
    built = JSON.parse(text) as typeof built;
    expect(built.title).toBe(TITLE);
    expect(built.items.length).toBeGreaterThan(1);
    server.serveJson(text, {}, '/acme.json');
  });

  it('opens in the studio by its address, ready to export, and previews every row', async () => {
    await main()
      .getByRole('textbox', { name: /published feed by its address/ })
      .fill(server.url('/acme.json'));
    await main().getByRole('button', { name: 'Open address' }).click();
    await expect.poll(() => main().getByRole('textbox', { name: 'Feed title' }).inputValue()).toBe(TITLE);
    // The check follows the form a beat behind (it is deferred), so it is waited for too.
    await expect
      .poll(() => main().getByText('Ready: the extension reads this feed as it is.').count())
      .toBe(1);

    // The employee's view: every row that has not expired, each shown as the sheet wrote it.
    const now = Date.now();
    const live = built.items.filter((item) => !(Date.parse(item._ownvoice?.expires_at ?? '') <= now));
    expect(live.length).toBeGreaterThan(0);
    const cards = preview().locator('.card');
    await expect.poll(() => cards.count()).toBe(live.length);
    previewed = await cardTexts(studio, '.studio-preview');
    const byTitle = (list: { title?: string | null }[]) =>
      list.map((item) => item.title ?? null).sort((a, b) => String(a).localeCompare(String(b)));
    expect(byTitle(previewed)).toEqual(byTitle(live));
    for (const card of previewed) {
      const row = live.find((item) => item.title === card.title);
      expect(card.summary).toBe(row?.summary ?? null);
      expect(card.pinned).toBe(row?._ownvoice?.pinned === true);
      expect(card.source).toBe(TITLE);
    }
    // Pinned rows come first, as in the popup.
    const pins = previewed.map((card) => card.pinned);
    expect(pins).toEqual([...pins].sort((a, b) => Number(b) - Number(a)));
  });

  it('the same feed, subscribed to, shows in the popup exactly as previewed', async () => {
    await subscribe(ext, server.url('/acme.json'), TITLE);
    expect(await popupCards(ext, previewed.length)).toEqual(previewed);
  });

  it('opened as a file instead, previews the same', async () => {
    await main().getByRole('button', { name: 'New feed' }).click();
    await expect.poll(() => preview().locator('.card').count()).toBe(0);
    await main()
      .getByLabel(/open a feed file/)
      .setInputFiles(feedFile);
    await expect.poll(() => preview().locator('.card').count()).toBe(previewed.length);
    expect(await cardTexts(studio, '.studio-preview')).toEqual(previewed);
  });
});
