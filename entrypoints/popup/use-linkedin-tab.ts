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
    // Checks overlap (tab events come in bursts while a page loads) and may answer out of order:
    // only the latest one's answer counts, or an older "not LinkedIn" could hide the button.
    let latest = 0;
    const check = () => {
      const asked = ++latest;
      const current = () => live && asked === latest;
      browser.tabs.query({ active: true, currentWindow: true }).then(
        ([tab]) => current() && setTabId(tab && isLinkedInUrl(tab.url) ? tab.id : undefined),
        () => current() && setTabId(undefined),
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
