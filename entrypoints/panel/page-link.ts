import { browser } from 'wxt/browser';
import type { PanelMessage, PutResult } from '@/shared/linkedin/panel-protocol';
import type { ShareAbout } from '@/shared/share/share-about';
import type { ShareRequest } from '@/shared/share/types';

/** The panel's line to the Ownvoice script on the LinkedIn page that holds this frame. */
export interface PageLink {
  /** Undefined when the page script is gone (the tab navigated, the extension was reloaded). */
  put: (request: ShareRequest, about: ShareAbout) => Promise<PutResult | undefined>;
  close: () => void;
}

/**
 * Extension messaging to this tab's top frame, where the script runs: the browser delivers it
 * only to the extension's own contexts, so the page can neither hear it nor forge it.
 */
export function createPageLink(): PageLink {
  const tabId = browser.tabs
    .getCurrent()
    .then((tab) => tab?.id)
    .catch(() => undefined);
  async function send<T>(message: PanelMessage): Promise<T | undefined> {
    const id = await tabId;
    if (id === undefined) return undefined;
    try {
      return (await browser.tabs.sendMessage(id, message, { frameId: 0 })) as T | undefined;
    } catch {
      return undefined;
    }
  }
  return {
    put: (request, about) => send<PutResult>({ type: 'panel/put', request, about }),
    close: () => void send({ type: 'panel/close' }),
  };
}
