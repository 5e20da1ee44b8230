/**
 * Two builds' popup_ready_ms, paired: both e2e builds load in one Chromium and each round opens
 * the popup of one, then the other (the order alternates), then each one's script-free page. On a
 * shared machine whose speed changes within a minute, a pair sees the same load, where two
 * `npm run bench` runs do not. Prints each build's medians and the median of B/A over the pairs.
 *
 *   npx tsx tests/bench/popup-ab.ts <e2e build A> <e2e build B> [pairs, default 30]
 *
 * Both builds must be e2e builds for the same OWNVOICE_E2E_PORT (`.output/chrome-mv3-e2e`, made
 * by `npm run bench` or the e2e suite in each checkout); the feed is served on that port.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startFeedServer } from '../e2e/support/feed-server';
import { median } from './median';
import { feedWith } from './bench-feed';
import { chromiumArgs, PLAYWRIGHT_ARGS_TO_DROP } from '../../shared/cli/launch-chromium';

const [dirA, dirB, pairsArg] = process.argv.slice(2) as [string, string, string?];
const PAIRS = Number(pairsArg ?? 30);
const FIRST_ITEM = 'ul[aria-label="Items"] button.card';
/** Chromium's id for an unpacked extension without a key: its path's SHA-256, hex digits as a–p. */
const idFor = (dir: string) =>
  [...createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');

const server = await startFeedServer();
server.serveJson(feedWith(1000), { etag: '"bench"' });
const profile = await mkdtemp(path.join(os.tmpdir(), 'ov-ab-'));
const both = `${path.resolve(dirA)},${path.resolve(dirB)}`;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  ignoreDefaultArgs: PLAYWRIGHT_ARGS_TO_DROP,
  // Chromium takes a comma-separated list of unpacked extensions.
  args: chromiumArgs(both),
});
const ids = { A: idFor(dirA), B: idFor(dirB) };
const url = (who: 'A' | 'B', page: string) => `chrome-extension://${ids[who]}/${page}`;
async function timed(who: 'A' | 'B', page: string): Promise<number> {
  const tab = await context.newPage();
  const started = performance.now();
  await tab.goto(url(who, page), { waitUntil: 'commit' });
  await tab.locator(FIRST_ITEM).first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  await tab.close();
  return ms;
}
try {
  for (const who of ['A', 'B'] as const) {
    const warm = await context.newPage();
    await warm.goto(url(who, 'popup.html'));
    await warm.locator(FIRST_ITEM).first().waitFor({ timeout: 60_000 });
    await warm.close();
  }
  const res = {
    A: { popup: [] as number[], floor: [] as number[] },
    B: { popup: [] as number[], floor: [] as number[] },
  };
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const);
    for (const who of order) res[who].popup.push(await timed(who, 'popup.html'));
    for (const who of order) res[who].floor.push(await timed(who, 'bench-static.html'));
  }
  const ratios = res.A.popup.map((a, i) => res.B.popup[i]! / a);
  const out = {
    pairs: PAIRS,
    A: { popup_ms: +median(res.A.popup).toFixed(1), static_ms: +median(res.A.floor).toFixed(1) },
    B: { popup_ms: +median(res.B.popup).toFixed(1), static_ms: +median(res.B.floor).toFixed(1) },
    median_B_over_A: +median(ratios).toFixed(3),
    B_faster_in: ratios.filter((r) => r < 1).length,
  };
  console.error(`A popup: ${res.A.popup.map((t) => t.toFixed(0)).join(' ')}`);
  console.error(`B popup: ${res.B.popup.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(JSON.stringify(out));
} finally {
  await context.close();
  await server.stop();
  await rm(profile, { recursive: true, force: true });
}
