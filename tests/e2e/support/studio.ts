import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LaunchedExtension } from '../../../shared/cli/launch-chromium';

/**
 * What the studio suites share: reading cards as an employee sees them, in the studio's preview
 * and in the popup, and subscribing to a feed the way an employee does (Settings → Add feed).
 */

/** The e2e build's preset feed, served empty so the popup shows only the feed under test. */
export const EMPTY_PRESET = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Nothing yet',
  items: [],
};

/** What a card shows: compared between the studio's preview and the popup. */
export interface CardText {
  title: string | null;
  summary: string | null;
  source: string | null;
  pinned: boolean;
}

/** The cards under `scope`, in the order they are shown. */
export function cardTexts(page: Page, scope: string): Promise<CardText[]> {
  return page.locator(`${scope} .card`).evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector('.card-title')?.textContent ?? null,
      summary: card.querySelector('.card-summary')?.textContent ?? null,
      source: card.querySelector('.card-source')?.textContent ?? null,
      pinned: card.querySelector('.card-pinned') !== null,
    })),
  );
}

/** The studio page's two halves: the form and the employee's view beside it. */
export function studioRegions(studio: Page) {
  return {
    main: () => studio.getByRole('main'),
    preview: () => studio.getByRole('complementary', { name: 'Preview' }),
  };
}

/** Adds `url` in Settings and waits until the feed's title shows there. */
export async function subscribe(ext: LaunchedExtension, url: string, title: string): Promise<void> {
  const options = await ext.openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'Add a feed URL' }).fill(url);
  await options.getByRole('button', { name: 'Add feed' }).click();
  await expect.poll(() => options.getByText(title).count()).toBeGreaterThan(0);
  await options.close();
}

/** Opens the popup, waits for `count` cards in its list and reads them. */
export async function popupCards(ext: LaunchedExtension, count: number): Promise<CardText[]> {
  const popup = await ext.openExtensionPage('popup.html');
  const items = popup.getByRole('list', { name: 'Items' });
  await expect.poll(() => items.locator('.card').count()).toBe(count);
  const cards = await cardTexts(popup, '.popup-main');
  await popup.close();
  return cards;
}
