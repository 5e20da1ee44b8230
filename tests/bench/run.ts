/**
 * `npm run bench`: measures what a person feels, on the production build in real Chromium.
 * Prints progress on stderr and one JSON object as its last stdout line. Every time is the
 * median of RUNS runs; the machines are shared, so compare ratios, not single figures.
 *
 * Measured so far: popup_ready_ms (navigating a tab to popup.html → first feed item visible,
 * 1,000 items cached) and the gzip size of the popup's and the background's JavaScript.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { E2E_BUILD_DIR } from '../e2e/support/constants';
import { startFeedServer } from '../e2e/support/feed-server';
import { VARIANTS, buildVariant } from '../e2e/support/global-setup';
import { launchExtension } from '../e2e/support/launch';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FIRST_ITEM = 'ul[aria-label="Items"] button.card';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function feedWith(count: number): object {
  const day = 86_400_000;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench feed',
    items: Array.from({ length: count }, (_, i) => ({
      id: `item-${i}`,
      url: `https://bench.example/posts/${i}`,
      title: `Post number ${i}: what we shipped this week`,
      summary: 'A short summary of the news that an employee might want to share in their own words.',
      date_published: new Date(Date.UTC(2026, 10, 20) - i * day).toISOString(),
      tags: [`tag-${i % 12}`],
    })),
  };
}

/** Gzipped bytes of an HTML entry's own scripts and the chunks they import. */
function entryGzipBytes(dir: string, html: string): number {
  const page = readFileSync(path.join(dir, html), 'utf8');
  const scripts = [...page.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file))).length, 0);
}

async function main() {
  const e2e = VARIANTS.find((v) => v.outDir === E2E_BUILD_DIR)!;
  console.error('building the preset build…');
  await buildVariant(e2e);

  const server = await startFeedServer();
  server.serveJson(feedWith(1000), { etag: '"bench"' });
  const ext = await launchExtension(E2E_BUILD_DIR);
  try {
    const warm = await ext.openExtensionPage('popup.html');
    await warm.locator(FIRST_ITEM).first().waitFor({ timeout: 30_000 });
    await warm.close();

    const popupRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ext.context.newPage();
      const started = performance.now();
      await page.goto(ext.extensionUrl('popup.html'), { waitUntil: 'commit' });
      await page.locator(FIRST_ITEM).first().waitFor();
      popupRuns.push(performance.now() - started);
      await page.close();
    }
    console.error(`popup runs (ms): ${popupRuns.map((t) => t.toFixed(1)).join(', ')}`);

    const chunks = readdirSync(path.join(E2E_BUILD_DIR, 'chunks'));
    console.error(`chunks: ${chunks.join(', ')}`);
    const result = {
      runs: RUNS,
      popup_ready_ms: Number(median(popupRuns).toFixed(1)),
      bundle_gzip_bytes: {
        popup: entryGzipBytes(E2E_BUILD_DIR, 'popup.html'),
        background: gzipSync(readFileSync(path.join(E2E_BUILD_DIR, 'background.js'))).length,
      },
    };
    console.log(JSON.stringify(result));
  } finally {
    await ext.close();
    await server.stop();
  }
}

await main();
