import { browser, type Browser } from 'wxt/browser';
import { isLinkedInUrl, launcherEnabled } from './overlay';

/**
 * The tabs Ownvoice put its overlay into. A content script's message is answered only from such a
 * tab, or from a LinkedIn tab while the opt-in launcher is registered (it runs there by itself).
 * Kept in `storage.session` where there is one, so the list survives the service worker being
 * stopped and is gone with the browser session; in memory otherwise (Firefox MV2).
 */
const KEY = 'ownvoiceInjectedTabs';

type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set'>;

export interface InjectedTabsDeps {
  /** Read at each use: undefined where the browser has no session storage. */
  area: () => SessionArea | undefined;
  launcherEnabled: () => Promise<boolean>;
}

/** What the check needs of `runtime.MessageSender`. */
export interface TabSender {
  tab?: { id?: number; url?: string };
  url?: string;
}

export function createInjectedTabs({ area, launcherEnabled: launcherOn }: InjectedTabsDeps) {
  const memory = new Set<number>();

  async function stored(): Promise<Set<number>> {
    const session = area();
    if (!session) return memory;
    const value: unknown = (await session.get(KEY))[KEY];
    return new Set(Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : []);
  }

  async function write(ids: Set<number>): Promise<void> {
    await area()?.set({ [KEY]: [...ids] });
  }

  return {
    async remember(tabId: number): Promise<void> {
      memory.add(tabId);
      const ids = await stored();
      ids.add(tabId);
      await write(ids);
    },

    async forget(tabId: number): Promise<void> {
      memory.delete(tabId);
      const ids = await stored();
      if (ids.delete(tabId)) await write(ids);
    },

    async has(tabId: number): Promise<boolean> {
      return memory.has(tabId) || (await stored()).has(tabId);
    },

    /** Whether a message from a content script in `sender`'s tab may be answered. */
    async allows(sender: TabSender): Promise<boolean> {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (await this.has(tabId).catch(() => false))) return true;
      if (!isLinkedInUrl(sender.url ?? sender.tab?.url)) return false;
      return launcherOn().catch(() => false);
    },
  };
}

export type InjectedTabs = ReturnType<typeof createInjectedTabs>;

export const injectedTabs: InjectedTabs = createInjectedTabs({
  area: () => (browser.storage as { session?: SessionArea } | undefined)?.session,
  launcherEnabled: () => launcherEnabled(),
});

/** A closed tab's id may be reused by a page Ownvoice never entered. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    injectedTabs.forget(tabId).catch(() => undefined);
  });
}
