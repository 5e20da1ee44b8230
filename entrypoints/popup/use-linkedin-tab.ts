import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isLinkedInUrl } from '@/shared/platform/overlay';

/**
 * The active tab's id when it shows LinkedIn, for "Open on this page". Opening the popup grants
 * activeTab for that tab, which is what lets Ownvoice read its address and inject the overlay.
 */
export function useLinkedInTab(): number | undefined {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    let live = true;
    const check = () => {
      browser.tabs.query({ active: true, currentWindow: true }).then(
        ([tab]) => live && setTabId(tab && isLinkedInUrl(tab.url) ? tab.id : undefined),
        () => live && setTabId(undefined),
      );
    };
    check();
    browser.tabs.onActivated.addListener(check);
    browser.tabs.onUpdated.addListener(check);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(check);
      browser.tabs.onUpdated.removeListener(check);
    };
  }, []);
  return tabId;
}
