import { browser } from 'wxt/browser';

/**
 * Asks for the optional `notifications` permission. Browsers only show the prompt during a user
 * gesture: call this straight from the click handler, before any `await`.
 */
export function requestNotifications(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function hasNotifications(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}

/** Shows a notification if the employee allowed them; false when not. */
export async function showNotification(id: string, title: string, message: string): Promise<boolean> {
  // The API object exists only once the optional permission is granted.
  const notifications = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!notifications) return false;
  await notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
  return true;
}
