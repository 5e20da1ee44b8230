import { sendToBackground } from '@/shared/messaging';
import { requestFeedOrigin } from '@/shared/platform/permissions';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { isWebAddress } from '@/shared/feed/web-address';
import { said, saidFailure, type Said } from './feed/said';
import { t } from './i18n';

/** What the popup and the options page need to change subscriptions; tests pass fakes. */
export interface FeedActionDeps {
  send: typeof sendToBackground;
  requestOrigin: (url: string) => Promise<boolean>;
}

export const defaultFeedActionDeps: FeedActionDeps = {
  send: sendToBackground,
  requestOrigin: requestFeedOrigin,
};

/** Each action resolves to what to tell the employee (with any technical detail apart), or null on success. */
export function createFeedActions({ send, requestOrigin }: FeedActionDeps) {
  return {
    /** Call straight from the click/submit handler: the permission prompt needs the user gesture. */
    add(url: string): Promise<Said | null> {
      const granted = requestOrigin(url);
      return granted.then(async (ok) => {
        if (!ok) {
          return said(
            url === DEMO_FEED_URL
              ? t('feedActions.needsPermissionDemo')
              : t('feedActions.needsPermission', { host: new URL(url).host }),
          );
        }
        const result = await send({ type: 'feeds/add', url });
        return result.ok ? null : saidFailure(result);
      });
    },
    /**
     * "Allow Ownvoice to read <host>" for a feed the browser refused (a policy feed, or an origin
     * taken back). Call straight from the click, like `add`. Then the feed loads at once.
     */
    allowAccess(url: string): Promise<Said | null> {
      const granted = requestOrigin(url);
      return granted.then(async (ok) => {
        if (!ok) return said(t('feedActions.accessRefused', { host: new URL(url).hostname }));
        const result = await send({ type: 'feeds/refresh', url });
        return result.ok ? null : saidFailure(result);
      });
    },
    /**
     * "Use the new address": subscribes to where the feed now lives (asking for its origin, so
     * call straight from the click), then drops the old address. The new one is added first so a
     * shared origin's permission is never given back in between.
     */
    move(from: string, to: string): Promise<Said | null> {
      // A subscription never moves to (or from) the extension's own files or any non-web address.
      if (!isWebAddress(from) || !isWebAddress(to)) return Promise.resolve(said(t('feedActions.cannotMove')));
      const granted = requestOrigin(to);
      return granted.then(async (ok) => {
        if (!ok) return said(t('feedActions.accessRefused', { host: new URL(to).hostname }));
        const added = await send({ type: 'feeds/add', url: to });
        if (!added.ok) return saidFailure(added);
        const removed = await send({ type: 'feeds/remove', url: from });
        return removed.ok ? null : saidFailure(removed);
      });
    },
    async remove(url: string): Promise<Said | null> {
      const result = await send({ type: 'feeds/remove', url });
      return result.ok ? null : saidFailure(result);
    },
    async refresh(url?: string): Promise<Said | null> {
      const result = await send(url ? { type: 'feeds/refresh', url } : { type: 'feeds/refresh' });
      return result.ok ? null : saidFailure(result);
    },
  };
}

export type FeedActions = ReturnType<typeof createFeedActions>;
