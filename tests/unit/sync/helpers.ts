import { OwnvoiceDB } from '@/storage/db';
import { createFeedRepository } from '@/storage/feed-repository';
import type { FetchOutcome } from '@/shared/feed/fetch-feed';
import type { FetchDocument } from '@/shared/feed/sync';
import type { RefreshScheduler } from '@/shared/feed/subscriptions';
import { problem, verbatim } from '@/shared/feed/problems';

let dbCounter = 0;

/** A fresh database per test, on fake-indexeddb. */
export function freshRepo() {
  const db = new OwnvoiceDB(`ownvoice-test-${++dbCounter}`);
  return { db, repo: createFeedRepository(db) };
}

export function feedDocument(items: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Acme news', items, ...extra });
}

export const item = (id: string, title = `Item ${id}`) => ({ id, title, url: `https://acme.example/${id}` });

/** A server whose next answers a test scripts; it records what each request sent. */
export function scriptedServer() {
  // An answer may be meant for one URL (feeds refreshed together ask in no fixed order).
  const answers: { url?: string; outcome: FetchOutcome }[] = [];
  const calls: { url: string; etag?: string; lastModified?: string }[] = [];
  const fetchDocument: FetchDocument = async (url, validators) => {
    calls.push({ url, ...validators });
    const index = answers.findIndex((a) => a.url === undefined || a.url === url);
    if (index < 0) throw new Error(`no scripted answer left for ${url}`);
    return answers.splice(index, 1)[0]!.outcome;
  };
  return {
    fetchDocument,
    calls,
    ok: (text: string, etag?: string, url?: string) =>
      answers.push({
        url,
        outcome: { kind: 'ok', text, etag, finalUrl: url ?? 'https://acme.example/feed.json' },
      }),
    notModified: (url?: string) => answers.push({ url, outcome: { kind: 'not-modified' } }),
    fail: (reason: string, status?: number, url?: string) =>
      answers.push({ url, outcome: { kind: 'error', reason: verbatim(reason), status } }),
    /** The server is up but the browser refused the read: the origin is not granted. */
    refuse: (url?: string) =>
      answers.push({
        url,
        outcome: {
          kind: 'error',
          reason: problem('fetch.noAccess', { host: 'acme.example' }),
          needsAccess: true,
        },
      }),
  };
}

export function fakeScheduler() {
  const periods = new Map<string, number>();
  const scheduler: RefreshScheduler = {
    schedule: async (url, minutes) => void periods.set(url, minutes),
    cancel: async (url) => void periods.delete(url),
  };
  return { scheduler, periods };
}
