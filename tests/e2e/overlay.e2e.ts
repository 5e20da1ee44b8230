import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  closedShadowRoots,
  invokeOn as invokeWith,
  panelFrames,
  panelIn,
  shares,
  writeAndPut as writeAndPutItem,
  linkedInSuite,
} from './support/linkedin';

// The older layouts (light-DOM Quill, a plain share box, an unknown dialog) and the overlay's own
// behaviour. The 2026 shadow-root layout has its own file, linkedin-2026.e2e.ts.

/** Clicks the opt-in launcher where it is drawn; retried until its script has run. */
async function clickLauncher(linkedin: Page): Promise<void> {
  const size = linkedin.viewportSize() ?? { width: 1280, height: 720 };
  for (let i = 0; i < 40 && panelFrames(linkedin) === 0; i++) {
    await linkedin.mouse.click(size.width - 12, Math.round(size.height * 0.45) + 12);
    await linkedin.waitForTimeout(150);
  }
}

describe('the LinkedIn overlay', () => {
  const suite = linkedInSuite();

  const invokeOn = (linkedin: Page) => invokeWith(suite.ext, linkedin);
  const writeAndPut = (linkedin: Page, text: string) =>
    writeAndPutItem(linkedin, /We shipped offline mode/, text);

  it('puts nothing on the page before the employee asks', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await linkedin.waitForTimeout(300);
    expect(panelFrames(linkedin)).toBe(0);
    expect(await closedShadowRoots(linkedin)).toBe(0);
    const extensionScripts = await linkedin.evaluate(
      () =>
        [...document.querySelectorAll('script[src], link[href]')].filter((e) =>
          /extension:/.test(e.outerHTML),
        ).length,
    );
    expect(extensionScripts).toBe(0);
    await linkedin.close();
  });

  it('inserts into an open light-DOM Quill composer; the employee presses Post; history says posted', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/light-quill/');
    await linkedin.getByRole('button', { name: 'Start a post' }).click();
    await invokeOn(linkedin);
    const panel = await panelIn(linkedin);
    expect(panelFrames(linkedin)).toBe(1);

    // Typing in the panel does not reach LinkedIn's keyboard shortcuts.
    await panel.getByRole('searchbox').pressSequentially('j');
    expect(await linkedin.evaluate(() => (window as { __shortcutFired?: number }).__shortcutFired ?? 0)).toBe(
      0,
    );
    await panel.getByRole('searchbox').fill('');

    await writeAndPut(linkedin, 'I tested offline mode on a train through the Alps. It held up.');
    await expect.poll(() => panel.getByText(/Your text is in LinkedIn's post box/).count()).toBe(1);

    const editor = linkedin.getByRole('textbox', { name: 'Text editor for creating content' });
    await expect
      .poll(() => editor.innerText())
      .toContain('I tested offline mode on a train through the Alps.');
    // Written into the editor's empty first line, not after it.
    expect((await editor.innerText()).startsWith('I tested offline mode')).toBe(true);
    const post = linkedin.getByRole('dialog').getByRole('button', { name: 'Post' });
    expect(await post.isEnabled()).toBe(true);
    // The test presses Post, as the person would; the extension never does.
    await post.click();
    await expect
      .poll(() => linkedin.getByRole('list', { name: 'Posts' }).innerText())
      .toContain('#AcmeEmployee');
    await expect.poll(async () => (await shares(suite.extPage)).map((s) => s.status)).toEqual(['posted']);
    await linkedin.close();
  });

  it('closes with Esc and opens again on the next invocation', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/plain/');
    await invokeOn(linkedin);
    const panel = await panelIn(linkedin);
    await panel.getByRole('searchbox').press('Escape');
    await expect.poll(() => panelFrames(linkedin)).toBe(0);
    await invokeOn(linkedin);
    await panelIn(linkedin);
    expect(panelFrames(linkedin)).toBe(1);

    await writeAndPut(linkedin, 'Second try, in a plain share box this time. Worked nicely.');
    const box = linkedin.getByRole('textbox', { name: 'What do you want to talk about?' });
    await expect.poll(() => box.innerText()).toContain('Second try, in a plain share box');
    await linkedin.getByRole('button', { name: 'Post', exact: true }).click();
    await expect
      .poll(async () => (await shares(suite.extPage)).map((s) => s.status).sort())
      .toEqual(['posted', 'posted']);
    await linkedin.close();
  });

  it('copies to the clipboard when the composer is a layout it does not know', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/unknown/');
    await invokeOn(linkedin);
    await writeAndPut(linkedin, 'A layout nobody has seen before, so this goes to the clipboard.');
    const panel = await panelIn(linkedin);
    await expect.poll(() => panel.getByText(/paste with Ctrl\+V/).count()).toBe(1);
    const copied = await linkedin.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('A layout nobody has seen before');
    expect(copied).toContain('#AcmeEmployee');
    expect(await linkedin.getByRole('textbox', { name: 'Post text' }).inputValue()).toBe('');
    await expect
      .poll(async () => (await shares(suite.extPage)).filter((s) => s.status === 'copied'))
      .toHaveLength(1);
    await linkedin.close();
  });

  it('survives LinkedIn’s client-side navigation', async () => {
    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await invokeOn(linkedin);
    const panel = await panelIn(linkedin);
    await linkedin.evaluate(() => history.pushState({}, '', '/feed/?page=2'));
    await linkedin.waitForTimeout(200);
    expect(await panel.count()).toBe(1);
    await linkedin.close();
  });

  it('shows the opt-in launcher only after the employee switches it on, and removes it again', async () => {
    const options = await suite.ext.openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: 'Show the Ownvoice button on LinkedIn' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);

    const linkedin = await suite.ext.context.newPage();
    await linkedin.goto('https://www.linkedin.com/fixture/plain/');
    // The launcher sits in a closed shadow root, out of the page's (and Playwright's) DOM reach:
    // pressed where a person sees it, at the inline end of the page, 45 % down.
    await expect.poll(() => closedShadowRoots(linkedin)).toBe(1);
    await clickLauncher(linkedin);
    await panelIn(linkedin);
    await linkedin.close();

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const later = await suite.ext.context.newPage();
    await later.goto('https://www.linkedin.com/fixture/plain/');
    await later.waitForTimeout(500);
    expect(await closedShadowRoots(later)).toBe(0);
    expect(panelFrames(later)).toBe(0);
    await later.close();
    await options.close();
  });
});
