import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_BUILD_DIR } from './support/constants';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

// The plain build starts with no feeds; the bundled demo feed needs no host permission.
describe('the plain build on first run', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension(PLAIN_BUILD_DIR);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('offers the demo feed and lists its items once chosen', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Welcome to Ownvoice' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Try the demo feed' }).click();

    const items = popup.getByRole('list', { name: 'Items' });
    await expect.poll(() => items.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
    expect(await items.getByRole('button', { name: /Northwind Summit 2026/ }).count()).toBe(1);
    // Expired on 2026-10-01: never listed.
    expect(await popup.getByText('Meet us at DevDays Berlin').count()).toBe(0);
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  // Issue 21, item 1: the demo is read from the extension's own chrome-extension:// file; that
  // is no redirect, and the subscription must never be moved there.
  it('never says the demo feed moved, in the popup or in Settings', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
    const status = await popup.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'feeds/refresh' }),
    );
    expect(status).toMatchObject({ ok: true, data: [{ url: 'ownvoice:demo' }] });
    expect((status as { data: object[] }).data[0]).not.toHaveProperty('movedTo');
    await popup.reload();
    await expect.poll(() => popup.getByRole('button', { name: /Northwind Flow 4\.0/ }).count()).toBe(1);
    expect(await popup.getByText(/now lives at/).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Use the new address' }).count()).toBe(0);

    const options = await ext.openExtensionPage('options.html');
    await expect.poll(() => options.getByText(/Updated/).count()).toBeGreaterThan(0);
    expect(await options.getByText(/now lives at/).count()).toBe(0);
    expect(await options.getByText(/chrome-extension:/).count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Use the new address' }).count()).toBe(0);
  });
});

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}
