import type { FeedRepository } from '@/storage/feed-repository';
import type { FeedSource } from '@/storage/db';
import { failure, type FeedStatus, type Result } from '../messaging';
import { checkFeedUrl } from './fetch-feed';
import { problem } from './problems';
import { DEMO_FEED_URL } from './preset-env';
import { toStatus, type FeedSync } from './sync';
import { FEED_LIMITS } from './types';

/** Keeps one periodic refresh per feed (browser.alarms in the extension). */
export interface RefreshScheduler {
  schedule(url: string, periodMinutes: number): Promise<void>;
  cancel(url: string): Promise<void>;
}

export interface SubscriptionDeps {
  repo: FeedRepository;
  sync: FeedSync;
  scheduler: RefreshScheduler;
  now: () => number;
  /** Gives back a host permission nobody needs any more; the plain build asks for each origin. */
  releaseOrigin?: (url: string) => Promise<void>;
}

/** The URL as it is stored: the demo token, or the parsed URL's canonical form. */
export function normalizeFeedUrl(input: string): Result<string> {
  const trimmed = input.trim();
  if (trimmed === DEMO_FEED_URL) return { ok: true, data: DEMO_FEED_URL };
  const checked = checkFeedUrl(trimmed);
  return checked.ok ? { ok: true, data: checked.url.href } : failure(checked.reason);
}

/** Adding, removing and refreshing subscriptions, whoever asks: the employee, a build preset or IT policy. */
export function createSubscriptions({ repo, sync, scheduler, now, releaseOrigin }: SubscriptionDeps) {
  async function refreshAndReschedule(url: string): Promise<FeedStatus | undefined> {
    const status = await sync.refresh(url);
    const record = await repo.get(url);
    if (record)
      await scheduler.schedule(url, record.meta?.refreshMinutes ?? FEED_LIMITS.defaultRefreshMinutes);
    return status;
  }

  /** Subscribes without a probe: presets and policy feeds stay listed even while their host is down. */
  async function subscribeUnchecked(url: string, source: FeedSource): Promise<void> {
    const existing = await repo.get(url);
    if (existing) {
      if (source === 'managed' && existing.source !== 'managed') await repo.setSource(url, 'managed');
      return;
    }
    await repo.add(url, source, now());
    await refreshAndReschedule(url);
  }

  return {
    /** The employee adds a feed: it must be readable and valid now, or nothing is added. */
    async add(input: string): Promise<Result<FeedStatus>> {
      const normalized = normalizeFeedUrl(input);
      if (!normalized.ok) return normalized;
      const url = normalized.data;
      const existing = await repo.get(url);
      if (existing) return { ok: true, data: toStatus(existing) };
      const probe = await sync.probe(url);
      if (!probe.ok) return failure(problem('subscribe.failed', { reason: probe.reason }));
      const at = now();
      await repo.add(url, 'user', at);
      const saved = await repo.saveFeed(url, { ...probe, at });
      if (!saved) return failure(problem('subscribe.removedWhileLoading'));
      await scheduler.schedule(url, probe.feed.meta.refreshMinutes);
      return { ok: true, data: toStatus(saved) };
    },

    async remove(url: string): Promise<Result<null>> {
      const record = await repo.get(url);
      if (!record) return { ok: true, data: null };
      if (record.source === 'managed') {
        return failure(problem('subscribe.managed'));
      }
      await repo.remove(url);
      await scheduler.cancel(url);
      if (releaseOrigin && url !== DEMO_FEED_URL) {
        const origin = new URL(url).origin;
        const stillNeeded = (await repo.list()).some(
          (f) => f.url !== DEMO_FEED_URL && new URL(f.url).origin === origin,
        );
        if (!stillNeeded) await releaseOrigin(url);
      }
      return { ok: true, data: null };
    },

    /** "Refresh now" for one feed, or all of them. */
    async refresh(url?: string): Promise<Result<FeedStatus[]>> {
      const urls = url ? [url] : (await repo.list()).map((f) => f.url);
      const statuses = await Promise.all(urls.map((u) => refreshAndReschedule(u)));
      return { ok: true, data: statuses.filter((s): s is FeedStatus => s !== undefined) };
    },

    /** Feeds refused for want of permission whose host is among the newly granted `patterns`. */
    async refreshWaitingFor(patterns: readonly string[]): Promise<void> {
      // `https://news.acme.com/*` → `news.acme.com` (patterns carry no port); `*` for any host.
      const hosts = new Set(patterns.map((pattern) => pattern.split('/')[2]));
      const waiting = (await repo.list()).filter(
        (f) =>
          f.needsAccess && f.url !== DEMO_FEED_URL && (hosts.has('*') || hosts.has(new URL(f.url).hostname)),
      );
      await Promise.all(waiting.map((f) => refreshAndReschedule(f.url)));
    },

    /** Periodic refresh from an alarm. */
    refreshOne: refreshAndReschedule,

    /** A build's preset feeds, subscribed once at install. */
    async addPresets(urls: readonly string[]): Promise<void> {
      for (const url of urls) {
        const normalized = normalizeFeedUrl(url);
        if (normalized.ok) await subscribeUnchecked(normalized.data, 'preset');
      }
    },

    /**
     * IT policy (managed storage) is the truth for managed feeds: listed ones are subscribed and
     * locked, ones dropped from the policy are removed. Invalid URLs in a policy are skipped.
     */
    async applyManaged(urls: readonly string[]): Promise<void> {
      const wanted = new Set<string>();
      for (const url of urls) {
        const normalized = normalizeFeedUrl(url);
        if (normalized.ok) wanted.add(normalized.data);
      }
      for (const url of wanted) await subscribeUnchecked(url, 'managed');
      for (const feed of await repo.list()) {
        if (feed.source === 'managed' && !wanted.has(feed.url)) {
          await repo.remove(feed.url);
          await scheduler.cancel(feed.url);
        }
      }
    },

    /** Alarms survive restarts in Chrome but not always elsewhere; make sure each feed has one. */
    async ensureSchedules(): Promise<void> {
      for (const feed of await repo.list()) {
        await scheduler.schedule(feed.url, feed.meta?.refreshMinutes ?? FEED_LIMITS.defaultRefreshMinutes);
      }
    },
  };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
