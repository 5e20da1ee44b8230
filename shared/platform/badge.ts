import { browser } from 'wxt/browser';

/** Keys (`feedUrl\nid`) of the items that are new since the popup was last opened. */
export function newItemKeys(current: string[], seen: { keys: string[] } | null): string[] {
  if (!seen) return [];
  const known = new Set(seen.keys);
  return current.filter((key) => !known.has(key));
}

/** The toolbar badge: a count, or nothing. */
export async function setBadgeCount(
  count: number,
  action = browser.action ?? browser.browserAction,
): Promise<void> {
  await action.setBadgeText({ text: count > 0 ? (count > 99 ? '99+' : String(count)) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: '#2f5bd3' });
}
