/**
 * `npx tsx tests/bench/studio.ts` (also run by `npm run bench` unless BENCH_STUDIO=0): the
 * organizer studio with the largest feed the format allows, 5,000 items, as a saved draft.
 * Prints one JSON object as its last stdout line; every time is the median of RUNS runs.
 *
 * studio_5k_open_ms: navigating a tab to studio.html → the item list and "Ready" on screen (the
 * draft read from storage.local, checked with the reader's own parser, the form and the preview
 * drawn). studio_5k_check_ms: emptying the feed title → its error shown beside the field (one
 * edit, the whole feed checked again), also from inside the page (`_in_page_ms`, without the
 * driver's own queries, which are slow on a page this large). OWNVOICE_BENCH_SKIP_BUILD=1 reuses
 * .output/chrome-mv3-e2e.
 */
import { existsSync } from 'node:fs';
import { importFeedValue } from '../../shared/feed/studio/import-feed';
import { launchExtension } from '../../shared/cli/launch-chromium';
import { E2E_BUILD_DIR } from '../e2e/support/constants';
import { VARIANTS, buildVariant } from '../e2e/support/global-setup';
import { feedWith } from './bench-feed';
import { median } from './median';
import { inPageTime, watchInPage } from './in-page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ITEMS = 5000;

interface StorageLike {
  storage: { local: { set: (items: Record<string, unknown>) => Promise<void> } };
}

async function main() {
  if (process.env.OWNVOICE_BENCH_SKIP_BUILD !== '1' || !existsSync(`${E2E_BUILD_DIR}/manifest.json`)) {
    console.error('building the preset build…');
    await buildVariant(VARIANTS.find((v) => v.outDir === E2E_BUILD_DIR)!);
  }
  const imported = importFeedValue(feedWith(ITEMS));
  if (!imported.ok) throw new Error('the bench feed did not import');
  const ext = await launchExtension(E2E_BUILD_DIR);
  try {
    const sender = await ext.openExtensionPage('bench-static.html');
    // WXT's `local:studioDraft` item is the `studioDraft` key of storage.local.
    await sender.evaluate(
      (doc) =>
        (globalThis as unknown as { chrome: StorageLike }).chrome.storage.local.set({ studioDraft: doc }),
      imported.doc as unknown as Record<string, unknown>,
    );

    const openRuns: number[] = [];
    const checkRuns: number[] = [];
    const checkInPageRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await ext.context.newPage();
      const started = performance.now();
      await tab.goto(ext.extensionUrl('studio.html'), { waitUntil: 'commit' });
      await tab
        .getByRole('list', { name: 'Items in this feed' })
        .getByRole('listitem')
        .first()
        .waitFor({ timeout: 120_000 });
      await tab.getByText('Ready: the extension reads this feed as it is.').waitFor({ timeout: 120_000 });
      openRuns.push(performance.now() - started);

      const title = tab.getByRole('textbox', { name: 'Feed title' });
      await watchInPage(tab, {
        on: 'input',
        within: { selector: '.studio-errors', text: '^Feed title is ' },
      });
      const editedAt = performance.now();
      await title.fill('');
      await tab
        .locator('.studio-errors')
        .getByText(/^Feed title is /)
        .first()
        .waitFor({ timeout: 120_000 });
      checkRuns.push(performance.now() - editedAt);
      checkInPageRuns.push(await inPageTime(tab));
      // Put the draft back as it was for the next run.
      await title.fill('Bench feed');
      await tab.getByText('Ready: the extension reads this feed as it is.').waitFor({ timeout: 120_000 });
      await tab.close();
    }
    console.error(`studio 5k open runs (ms): ${openRuns.map((t) => t.toFixed(0)).join(', ')}`);
    console.error(`studio 5k check runs (ms): ${checkRuns.map((t) => t.toFixed(0)).join(', ')}`);
    console.error(`  in the page (ms): ${checkInPageRuns.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(
      JSON.stringify({
        studio_5k_open_ms: Number(median(openRuns).toFixed(1)),
        studio_5k_check_ms: Number(median(checkRuns).toFixed(1)),
        studio_5k_check_in_page_ms: Number(median(checkInPageRuns).toFixed(1)),
      }),
    );
  } finally {
    await ext.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
