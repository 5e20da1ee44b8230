import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPanelHost, type PanelHost } from './panel-host';

/** What the background sets before injecting (shared/platform/overlay.ts); absent: the launcher. */
export type OpenRequest = 'open' | 'toggle';
type Globals = { __ownvoice?: PanelHost; __ownvoiceOpen?: OpenRequest };

/**
 * Injected into one LinkedIn tab when the employee asks (popup, shortcut, context menu), or
 * registered for linkedin.com by the opt-in launcher setting. Until then nothing of Ownvoice is on
 * the page. An unlisted script rather than a WXT content script: WXT's content-script context
 * announces itself to the page at start (a `window.postMessage` and a document event, both named
 * with the extension's id), which would tell LinkedIn that Ownvoice is installed.
 */
export default defineUnlistedScript(() => {
  const globals = globalThis as Globals;
  const asked = globals.__ownvoiceOpen;
  delete globals.__ownvoiceOpen;
  const panel = (globals.__ownvoice ??= createPanelHost());
  if (asked === 'toggle') panel.toggle();
  else if (asked === 'open') panel.open();
  else panel.showLauncher();
});
