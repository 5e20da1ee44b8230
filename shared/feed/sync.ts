import type { FeedRecord } from '@/storage/db';
import type { FeedRepository } from '@/storage/feed-repository';
import type { FeedStatus } from '../messaging';
import type { FetchOutcome } from './fetch-feed';
import { parseFeedText } from './parse';
import { isWebAddress } from './web-address';
import { problem, verbatim, withPath, type Problem } from './problems';
import type { FeedError, FeedWarning, ParsedFeed } from './types';

/** Fetches one document with conditional-request validators (fetchFeed, or the bundled demo file). */
export type FetchDocument = (
  url: string,
  validators: { etag?: string; lastModified?: string },
) => Promise<FetchOutcome>;

export interface FeedSyncDeps {
  fetchDocument: FetchDocument;
  repo: FeedRepository;
  now: () => number;
}

export type ProbeResult =
  | {
      ok: true;
      feed: ParsedFeed;
      warnings: FeedWarning[];
      etag?: string;
      lastModified?: string;
      /** Where the feed was read from, when a redirect took it elsewhere. */
      movedTo?: string;
    }
  | { ok: false; reason: Problem; needsAccess?: boolean; movedTo?: string; sentElsewhere?: boolean };

/** One line an employee can read; the paths point an organizer at the spot. */
export function describeRejection(errors: FeedError[]): Problem {
  const [first, ...rest] = errors;
  if (!first) return problem('doc.empty');
  const head = first.path === '(root)' ? problem(first.code, first.params) : withPath(first);
  return rest.length ? problem('doc.more', { problem: head, count: rest.length }) : head;
}

export function toStatus(record: FeedRecord): FeedStatus {
  return {
    url: record.url,
    title: record.meta?.title,
    lastSuccessAt: record.lastSuccessAt,
    lastAttemptAt: record.lastAttemptAt,
    error: record.error,
    ...(record.needsAccess ? { needsAccess: true } : {}),
    ...(record.movedTo ? { movedTo: record.movedTo } : {}),
    ...(record.sentElsewhere ? { sentElsewhere: true } : {}),
    itemCount: record.itemCount,
    warnings: record.warnings,
  };
}

/**
 * Fetch → validate → store, for every subscription. A failure of any kind (network, HTTP,
 * size, invalid document, storage) is recorded on the feed and never removes the cached copy.
 */
export function createFeedSync({ fetchDocument, repo, now }: FeedSyncDeps) {
  // An alarm and "Refresh now" can land together; one download per feed is enough.
  const inFlight = new Map<string, Promise<FeedStatus | undefined>>();

  async function probe(url: string, validators = {}): Promise<ProbeResult | { ok: true; notModified: true }> {
    const outcome = await fetchDocument(url, validators);
    if (outcome.kind === 'not-modified') return { ok: true, notModified: true };
    if (outcome.kind === 'error')
      return {
        ok: false,
        reason: outcome.reason,
        ...(outcome.needsAccess ? { needsAccess: true } : {}),
        ...(outcome.movedTo ? { movedTo: outcome.movedTo } : {}),
        ...(outcome.sentElsewhere ? { sentElsewhere: true } : {}),
      };
    const parsed = parseFeedText(outcome.text);
    if (!parsed.ok) return { ok: false, reason: describeRejection(parsed.errors) };
    return {
      ok: true,
      feed: parsed.feed,
      warnings: parsed.warnings,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      ...(movedAddress(url, outcome.finalUrl) ? { movedTo: outcome.finalUrl } : {}),
    };
  }

  async function refreshOnce(url: string): Promise<FeedStatus | undefined> {
    const record = await repo.get(url);
    if (!record) return undefined;
    // Validators only make sense when there is a copy to keep.
    const validators = record.meta ? { etag: record.etag, lastModified: record.lastModified } : {};
    const at = now();
    let result: Awaited<ReturnType<typeof probe>>;
    try {
      result = await probe(url, validators);
    } catch (error) {
      result = { ok: false, reason: thrown(error) };
    }
    let saved: FeedRecord | undefined;
    if (!result.ok) {
      saved = await repo.markFailed(url, result.reason, at, result.needsAccess === true, {
        movedTo: result.movedTo,
        sentElsewhere: result.sentElsewhere,
      });
    } else if ('notModified' in result) {
      saved = await repo.markNotModified(url, at);
    } else {
      try {
        saved = await repo.saveFeed(url, { ...result, at });
      } catch (error) {
        saved = await repo.markFailed(url, storageFailure(error), at);
      }
    }
    return saved && toStatus(saved);
  }

  return {
    /** Fetches and validates without storing anything: used before subscribing. */
    async probe(url: string): Promise<ProbeResult> {
      try {
        const result = await probe(url);
        return 'notModified' in result ? { ok: false, reason: problem('fetch.noFeed') } : result;
      } catch (error) {
        return { ok: false, reason: thrown(error) };
      }
    },

    refresh(url: string): Promise<FeedStatus | undefined> {
      const running = inFlight.get(url);
      if (running) return running;
      const job = refreshOnce(url).finally(() => inFlight.delete(url));
      inFlight.set(url, job);
      return job;
    },
  };
}

export type FeedSync = ReturnType<typeof createFeedSync>;

/**
 * Whether a feed read from `finalUrl` now lives elsewhere than `url`. Chromium's fetch reports
 * neither the hops nor whether a redirect was permanent, so any redirect counts: the employee
 * decides with "Use the new address". The bundled demo (`ownvoice:demo`, read from the
 * extension's own file) never moves, and nothing moves to an address off the web.
 */
export function movedAddress(url: string, finalUrl: string): boolean {
  if (!isWebAddress(url) || !isWebAddress(finalUrl)) return false;
  return new URL(url).href !== new URL(finalUrl).href;
}

function thrown(error: unknown): Problem {
  return verbatim(error instanceof Error ? error.message : String(error));
}

function storageFailure(error: unknown): Problem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return problem('storage.full');
  return problem('storage.failed', { detail: thrown(error) });
}
