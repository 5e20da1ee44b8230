import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invokeOn, linkedInSuite, panelFrame, panelFrames } from './support/linkedin';

// A person's use of the framed panel on the 2026 fixture (tests/fixtures/linkedin/feed-2026.html):
// focus goes into the frame on open and back to LinkedIn on Esc; the panel stays clear of
// LinkedIn's composer, or at least of its Post button, at common window widths.

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the framed panel, used as a person would', () => {
  const suite = linkedInSuite();

  async function feedWithComposer(width: number, height: number): Promise<Page> {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.setViewportSize({ width, height });
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.locator('[role="button"]:has([aria-label="Start a post"])').click();
    await linkedin.getByRole('dialog', { name: 'Create post modal' }).waitFor();
    await linkedin.getByRole('textbox', { name: 'Text editor for creating content' }).click();
    return linkedin;
  }

  /** Where the page's focus is, read in LinkedIn's world: the element inside the composer's shadow root. */
  const linkedInFocus = (linkedin: Page) =>
    linkedin.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.className ?? '';
    });

  it('takes the focus into the frame on open and gives it back to LinkedIn’s editor on Esc', async () => {
    const linkedin = await feedWithComposer(1280, 800);
    expect(await linkedInFocus(linkedin)).toContain('ql-editor');
    await invokeOn(suite.ext, linkedin);
    const frame = await panelFrame(linkedin);
    await expect
      .poll(() => frame.evaluate(() => document.hasFocus() && document.activeElement?.className))
      .toBe('panel');
    await frame.getByRole('button', { name: /We shipped offline mode/ }).waitFor();

    await linkedin.keyboard.press('Escape');
    await expect.poll(() => panelFrames(linkedin)).toBe(0);
    expect(await linkedInFocus(linkedin)).toContain('ql-editor');
    // Typing goes on where the employee was.
    await linkedin.keyboard.type('Back in LinkedIn');
    await expect
      .poll(() => linkedin.getByRole('textbox', { name: 'Text editor for creating content' }).innerText())
      .toContain('Back in LinkedIn');
    await linkedin.close();
  });

  it('closes on a second Alt+Shift+O and opens on the next', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(suite.ext, linkedin);
    await panelFrame(linkedin);
    // Headless Chromium has no browser window to press the shortcut in: the worker carries out what
    // its onCommand handler does for it, injectOverlay(tab, 'toggle') (shared/platform/overlay.ts).
    const toggle = () =>
      suite.ext.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ChromeLike };
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
        await chrome.scripting.executeScript({
          target: { tabId: tab!.id },
          func: () => ((globalThis as { __ownvoiceOpen?: string }).__ownvoiceOpen = 'toggle'),
        });
        await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: ['/linkedin-page.js'] });
      });
    await toggle();
    await expect.poll(() => panelFrames(linkedin)).toBe(0);
    await toggle();
    await expect.poll(() => panelFrames(linkedin)).toBe(1);
    await linkedin.close();
  });

  it.each([
    [1280, 800],
    [1024, 768],
  ])('leaves LinkedIn’s Post button clear at %i × %i', async (width, height) => {
    const linkedin = await feedWithComposer(width, height);
    await invokeOn(suite.ext, linkedin);
    const frame = await panelFrame(linkedin);
    await frame.getByRole('button', { name: /We shipped offline mode/ }).waitFor();
    const panelBox = (await (await frame.frameElement()).boundingBox())!;
    const dialog = linkedin.getByRole('dialog', { name: 'Create post modal' });
    const post = (await dialog.getByRole('button', { name: 'Post' }).boundingBox())!;
    expect(overlap(panelBox, post), JSON.stringify({ panelBox, post })).toBe(false);
    expect(panelBox.width).toBeGreaterThanOrEqual(300);
    expect(panelBox.height).toBeGreaterThanOrEqual(280);
    if (width >= 1280) {
      // Wide enough to stand beside the whole composer, so the employee sees their text too.
      expect(overlap(panelBox, (await dialog.boundingBox())!)).toBe(false);
    }
    // The employee can still press Post where it is (the test presses nothing of LinkedIn's here).
    const hit = await linkedin.evaluate(
      ({ x, y }) => {
        const host = document.getElementById('interop-outlet')!;
        const atPoint = host.shadowRoot!.elementFromPoint(x, y);
        return atPoint?.closest('button')?.textContent?.trim() ?? atPoint?.tagName ?? null;
      },
      { x: post.x + post.width / 2, y: post.y + post.height / 2 },
    );
    expect(hit).toBe('Post');
    await linkedin.close();
  });
});

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id: number }[]> };
  scripting: { executeScript(o: object): Promise<unknown> };
}
