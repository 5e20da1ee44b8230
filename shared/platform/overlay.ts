import { browser } from 'wxt/browser';
import { injectedTabs } from './injected-tabs';

/** Where WXT puts the page script (entrypoints/linkedin-page, an unlisted script). */
export const OVERLAY_SCRIPT = '/linkedin-page.js';
export const LINKEDIN_MATCH = 'https://www.linkedin.com/*';
const LAUNCHER_ID = 'ownvoice-launcher';

export function isLinkedInUrl(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && hostname === 'www.linkedin.com';
}

/**
 * Puts the overlay into one tab and opens its panel. Runs only after the employee asked (popup
 * button, shortcut, context menu: each grants activeTab for that tab). A second call finds the
 * overlay already there and opens it, or, for the keyboard shortcut, closes it if open.
 */
export async function injectOverlay(tabId: number, mode: 'open' | 'toggle' = 'open'): Promise<void> {
  // Its messages are answered only from tabs Ownvoice entered (injected-tabs.ts); recorded first,
  // because the overlay asks for its data as soon as it runs.
  await injectedTabs.remember(tabId);
  await browser.scripting.executeScript({
    target: { tabId },
    func: (asked: 'open' | 'toggle') => {
      (globalThis as { __ownvoiceOpen?: string }).__ownvoiceOpen = asked;
    },
    args: [mode],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
}

/** The opt-in launcher: the same script, registered for linkedin.com, shows a small button. */
export async function setLauncher(enabled: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [LAUNCHER_ID] });
  if (enabled && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: LAUNCHER_ID,
        matches: [LINKEDIN_MATCH],
        js: [OVERLAY_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!enabled && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [LAUNCHER_ID] });
  }
}

export async function launcherEnabled(): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [LAUNCHER_ID] })).length > 0;
}
