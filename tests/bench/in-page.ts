/** Timing an interaction from inside the page (the history and studio benches). */
import type { Page } from 'playwright-core';

/**
 * The same interval seen from inside the page, without the driver's own round trips: from the
 * event's timestamp (the keystroke, the click) to the frame after the expected text appears.
 */
export interface InPageWatch {
  on: 'input' | 'click';
  /** A role=status element whose text matches this. */
  status?: string;
  /** An article whose text contains this. */
  article?: string;
  /** Any text in the page matching this. */
  text?: string;
  /** An element matching this CSS selector whose text matches this (a narrower `text`). */
  within?: { selector: string; text: string };
}
type Timed = typeof globalThis & { __benchStart?: number; __benchEnd?: number };

// A string, not a function: tsx names functions with a helper the page does not have.
const WATCH_IN_PAGE = `(watch) => {
  delete globalThis.__benchStart;
  delete globalThis.__benchEnd;
  document.addEventListener(watch.on, (event) => { globalThis.__benchStart ??= event.timeStamp; }, { capture: true, once: true });
  const seen = () =>
    (!watch.status || [...document.querySelectorAll('[role=status]')].some((el) => new RegExp(watch.status).test(el.textContent ?? ''))) &&
    (!watch.article || [...document.querySelectorAll('article')].some((el) => el.textContent?.includes(watch.article))) &&
    (!watch.text || new RegExp(watch.text).test(document.body.textContent ?? '')) &&
    (!watch.within || [...document.querySelectorAll(watch.within.selector)].some((el) => new RegExp(watch.within.text).test(el.textContent ?? '')));
  const observer = new MutationObserver(() => {
    if (globalThis.__benchStart === undefined || !seen()) return;
    observer.disconnect();
    // After the frame that shows it: a task queued from requestAnimationFrame runs after paint.
    requestAnimationFrame(() => setTimeout(() => { globalThis.__benchEnd = performance.now(); }));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}`;

export async function watchInPage(page: Page, watch: InPageWatch): Promise<void> {
  await page.evaluate(`(${WATCH_IN_PAGE})(${JSON.stringify(watch)})`);
}

export async function inPageTime(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as Timed).__benchEnd !== undefined);
  return page.evaluate(() => (globalThis as Timed).__benchEnd! - (globalThis as Timed).__benchStart!);
}
