import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR } from './support/constants';
import { launchExtension, type LaunchedExtension } from '../../shared/cli/launch-chromium';

describe('the e2e build in Chromium', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension(E2E_BUILD_DIR);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('starts its service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.serviceWorker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('opens the popup page', async () => {
    const page = await ext.openExtensionPage('popup.html');
    await expect.poll(() => page.title()).toBe('Ownvoice');
    await page.close();
  });
});
