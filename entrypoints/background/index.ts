import { browser } from 'wxt/browser';
import { fetchFeed } from '@/shared/feed/fetch-feed';
import { problem } from '@/shared/feed/problems';
import { DEMO_FEED_FILE, DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { createSubscriptions } from '@/shared/feed/subscriptions';
import { createFeedSync, type FetchDocument } from '@/shared/feed/sync';
import { logger } from '@/shared/logger';
import { createMessageListener } from '@/shared/message-router';
import { failure } from '@/shared/messaging';
import { createAlarmScheduler, feedUrlFromAlarm } from '@/shared/platform/alarms';
import { applyPolicySettings, readManagedPolicy } from '@/shared/platform/managed';
import { hasFeedOrigin, originPatternOf } from '@/shared/platform/permissions';
import { getDb } from '@/storage/db';
import { createFeedRepository } from '@/storage/feed-repository';
import { linkedinLayoutItem, policyItem } from '@/storage/settings';
import { readSetting, safePolicyTargets } from '@/storage/safe-settings';
import { createShareRepository } from '@/storage/share-repository';
import { startHistoryServices } from './history-services';
import { clearDraft, loadDraft, saveDraft } from '@/storage/drafts';
import { loadOverlayData } from '@/storage/overlay-data';
import { injectOverlay, isLinkedInUrl, LINKEDIN_MATCH, setLauncher } from '@/shared/platform/overlay';
import { forgetClosedTabs, injectedTabs } from '@/shared/platform/injected-tabs';
import { t } from '@/shared/i18n';
import type { PutResult } from '@/shared/linkedin/panel-protocol';

declare const __OWNVOICE_PRESET_FEEDS__: string[];

export default defineBackground(() => {
  // The bundled demo feed is a file of the extension itself, not a network feed.
  const fetchDocument: FetchDocument = (url, validators) =>
    url === DEMO_FEED_URL
      ? fetchBundled(bundledFileUrl(DEMO_FEED_FILE))
      : fetchFeed(url, {
          fetch: (input, init) => fetch(input, init),
          originGranted: hasFeedOrigin,
          ...validators,
        });

  const repo = createFeedRepository(getDb());
  const shares = createShareRepository(getDb());
  const sync = createFeedSync({ fetchDocument, repo, now: Date.now });
  const subscriptions = createSubscriptions({
    repo,
    sync,
    scheduler: createAlarmScheduler(),
    now: Date.now,
    releaseOrigin: async (url) => {
      // A preset build declares its origins at install; those can't be given back and needn't be.
      await browser.permissions.remove({ origins: [originPatternOf(url)] }).catch(() => false);
    },
  });

  // "Allow Ownvoice to read <host>" (popup or Settings), or the browser's own extension settings:
  // the feeds that were refused for that host load now. The page may close before it could ask.
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    subscriptions
      .refreshWaitingFor(origins)
      .catch((e: unknown) => logger.error('refreshing after a permission', e));
  });

  browser.runtime.onMessage.addListener(
    createMessageListener(
      {
        'feeds/add': async ({ url }) =>
          (await readSetting(policyItem)).allowUserFeeds === false
            ? failure(problem('subscribe.notAllowed'))
            : subscriptions.add(url),
        'feeds/remove': ({ url }) => subscriptions.remove(url),
        'feeds/refresh': ({ url }) => subscriptions.refresh(url),
        'feeds/fetch-text': async ({ url }) => {
          const outcome = await fetchDocument(url, {});
          if (outcome.kind === 'ok') return { ok: true, data: { text: outcome.text } };
          if (outcome.kind === 'error') return failure(outcome.reason);
          return failure(problem('fetch.notModified'));
        },
        'shares/record': async ({ share }) => {
          const record = await shares.record(share, Date.now());
          return { ok: true, data: { id: record.id } };
        },
        'shares/update-status': async ({ id, status }) =>
          (await shares.updateStatus(id, status))
            ? { ok: true, data: null }
            : { ok: false, reason: 'That history entry no longer exists.' },
        'overlay/data': async () => ({ ok: true, data: await loadOverlayData(getDb()) }),
        'panel/relay': async ({ message }, sender) => {
          // Only from the panel page framed in a tab, and only to the page script in that tab's
          // top frame: no other page of ours (the options page in a tab) relays anything.
          const tabId = sender.tab?.id;
          const fromPanel =
            sender.url !== undefined &&
            new URL(sender.url).pathname === '/panel.html' &&
            sender.frameId !== 0;
          if (tabId === undefined || !fromPanel) return { ok: false, reason: 'Not from the panel' };
          const answer = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as
            PutResult | null | undefined;
          return { ok: true, data: answer ?? null };
        },
        'overlay/open': async ({ tabId }) => {
          await injectOverlay(tabId);
          return { ok: true, data: null };
        },
        'launcher/set': async ({ enabled }) => {
          await setLauncher(enabled);
          return { ok: true, data: null };
        },
        'linkedin/layout': async ({ layout }) => {
          await linkedinLayoutItem.setValue({ layout, at: Date.now() });
          return { ok: true, data: null };
        },
        'drafts/get': async ({ feedUrl, itemId }) => ({ ok: true, data: await loadDraft(feedUrl, itemId) }),
        'drafts/save': async ({ feedUrl, itemId, draft }) => {
          await saveDraft(feedUrl, itemId, draft);
          return { ok: true, data: null };
        },
        'drafts/clear': async ({ feedUrl, itemId }) => {
          await clearDraft(feedUrl, itemId);
          return { ok: true, data: null };
        },
      },
      browser.runtime.id,
      browser.runtime.getURL('/'),
      (sender) => injectedTabs.allows(sender),
    ),
  );
  forgetClosedTabs();

  // The employee asks for the overlay on the LinkedIn tab in front of them: shortcut or menu.
  const openOverlay = (tab: { id?: number; url?: string } | undefined, mode: 'open' | 'toggle') => {
    if (tab?.id === undefined || !isLinkedInUrl(tab.url)) return;
    injectOverlay(tab.id, mode).catch((e: unknown) => logger.error('opening the overlay', e));
  };
  // Alt+Shift+O opens the panel, and closes it when it is open.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-overlay') openOverlay(tab, 'toggle');
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'open-overlay') openOverlay(tab, 'open');
  });

  // My history: reminders (alarms `reminder:`, notification clicks) and the new-items badge.
  startHistoryServices(getDb());

  browser.alarms.onAlarm.addListener((alarm) => {
    const url = feedUrlFromAlarm(alarm.name);
    if (url) subscriptions.refreshOne(url).catch((e: unknown) => logger.error('periodic refresh', e));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create(
      {
        id: 'open-overlay',
        title: t('contextMenu.write'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: [LINKEDIN_MATCH],
      },
      // Re-created on every update; "duplicate id" then is expected.
      () => void browser.runtime.lastError,
    );
    const setup = async () => {
      if (reason === 'install') await subscriptions.addPresets(__OWNVOICE_PRESET_FEEDS__);
      const policy = await readManagedPolicy();
      await applyPolicySettings(policy, safePolicyTargets);
      await subscriptions.applyManaged(policy.feeds);
      await subscriptions.ensureSchedules();
    };
    setup().catch((e: unknown) => logger.error('setting up feeds', e));
  });

  browser.runtime.onStartup.addListener(() => {
    const start = async () => {
      const policy = await readManagedPolicy();
      await applyPolicySettings(policy, safePolicyTargets);
      await subscriptions.applyManaged(policy.feeds);
      await subscriptions.ensureSchedules();
    };
    start().catch((e: unknown) => logger.error('starting up', e));
  });

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    // Chromium reports policy changes here; Firefox reads its policies at browser start only.
    const apply = async () => {
      const policy = await readManagedPolicy();
      await applyPolicySettings(policy, safePolicyTargets);
      await subscriptions.applyManaged(policy.feeds);
    };
    apply().catch((e: unknown) => logger.error('applying policy', e));
  });
});

async function fetchBundled(url: string): ReturnType<FetchDocument> {
  const response = await fetch(url);
  return { kind: 'ok', text: await response.text(), finalUrl: url };
}

/** WXT types getURL with the files of public/; the demo feed is added to the build by a hook instead. */
function bundledFileUrl(file: string): string {
  return (browser.runtime.getURL as (path: string) => string)(`/${file}`);
}
