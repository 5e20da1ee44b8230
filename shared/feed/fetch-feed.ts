/**
 * The feed transport, shared by the background and the CLI: one anonymous GET with conditional
 * validators, limits on time and size, and every failure returned as a value with a reason an
 * organizer can act on. `fetch` is injected so tests (and the CLI) choose the implementation.
 */
import { problem, verbatim, type Problem } from './problems';
import { formatBytes, raceAbort, readBody, Stop, xmlEncoding } from './read-body';
import { FEED_LIMITS } from './types';

export type FetchOutcome =
  | { kind: 'ok'; text: string; etag?: string; lastModified?: string; finalUrl: string }
  | { kind: 'not-modified' }
  | {
      kind: 'error';
      reason: Problem;
      status?: number;
      needsAccess?: boolean;
      /** The feed redirects to this address, on an origin the extension may not read yet. */
      movedTo?: string;
      /** The feed redirects, and the browser hides where to (an origin the extension may not read). */
      sentElsewhere?: boolean;
    };

export interface FetchFeedOptions {
  fetch: typeof fetch;
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /**
   * Whether the extension holds host permission for a URL's origin. Without it the browser makes
   * a cross-origin request, which only a server sending `Access-Control-Allow-Origin` answers;
   * a refused one is told apart from an unreachable server. Absent (CLI, Node): no such rule.
   */
  originGranted?: (url: string) => Promise<boolean>;
}

/**
 * Plain http is for local testing only. Not on [::1]: the extension's Content Security Policy
 * cannot name an IPv6 address, so the browser would refuse every connection (wxt.config.ts).
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export function checkFeedUrl(url: string): { ok: true; url: URL } | { ok: false; reason: Problem } {
  if (!URL.canParse(url)) return { ok: false, reason: problem('fetch.notAddress', { url }) };
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: problem('fetch.credentials') };
  }
  if (parsed.protocol === 'https:') return { ok: true, url: parsed };
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) return { ok: true, url: parsed };
  if (parsed.protocol === 'http:' && parsed.hostname === '[::1]') {
    return { ok: false, reason: problem('fetch.ipv6Loopback') };
  }
  if (parsed.protocol === 'http:') {
    return { ok: false, reason: problem('fetch.httpOnlyLocal') };
  }
  return { ok: false, reason: problem('fetch.protocol', { protocol: parsed.protocol }) };
}

// prettier-ignore
const STATUS_PHRASES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND…) is the cause.
  const cause: unknown = error.cause;
  return cause instanceof Error && cause.message ? cause.message : error.message;
}

const MAX_REDIRECTS = 5;

/**
 * Where a redirect leads, when the answer is one: null for any other answer. A browser hides the
 * target of a manual redirect from an extension ("opaqueredirect"): that one is "hidden", and is
 * followed by the browser itself (see fetchFeed). Node (the CLI, tests) shows the Location.
 */
function nextHop(
  response: Response,
  from: string,
): { kind: 'follow'; url: string } | { kind: 'hidden' } | { kind: 'error'; reason: Problem } | null {
  if (response.type === 'opaqueredirect') return { kind: 'hidden' };
  if (response.status < 300 || response.status > 399 || response.status === 304) return null;
  const location = response.headers.get('Location');
  if (location === null) return null;
  const target = URL.canParse(location, from) ? new URL(location, from).href : location;
  const checked = checkFeedUrl(target);
  if (!checked.ok) return { kind: 'error', reason: problem('fetch.redirectNotHttps', { url: target }) };
  return { kind: 'follow', url: checked.url.href };
}

/** The host a permission is granted for: patterns carry no port. */
function noAccessReason(url: string): Problem {
  return problem('fetch.noAccess', { host: new URL(url).hostname });
}

/**
 * After a cross-origin request failed: did the server answer at all? A `no-cors` request gets an
 * opaque answer from any server that is up (nothing of it can be read), and fails like the first
 * one only when the server cannot be reached. Chromium refuses `no-cors` with any redirect mode
 * but "follow" (measured: "Failed to fetch" for a server that is up), so this one request may
 * follow a redirect; it carries no credentials and nothing of its answer is read.
 */
async function refusedAsCrossOrigin(
  fetchImpl: typeof fetch,
  url: string,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    // A HEAD answer has no body to cancel.
    await raceAbort(
      fetchImpl(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal }),
      signal,
    );
    return true;
  } catch {
    return false;
  }
}

export async function fetchFeed(url: string, opts: FetchFeedOptions): Promise<FetchOutcome> {
  const checked = checkFeedUrl(url);
  if (!checked.ok) return { kind: 'error', reason: checked.reason };
  const timeoutMs = opts.timeoutMs ?? FEED_LIMITS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FEED_LIMITS.maxBytes;
  const host = checked.url.host;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (opts.signal?.aborted) controller.abort();

  const headers: Record<string, string> = {
    Accept:
      'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, */*;q=0.1',
  };
  // Without host permission the request must stay a "simple" CORS request: validators would
  // add a preflight (OPTIONS) that a server sending only `Access-Control-Allow-Origin: *` fails.
  const granted = opts.originGranted ? await opts.originGranted(checked.url.href).catch(() => false) : true;
  if (granted && opts.etag) headers['If-None-Match'] = opts.etag;
  if (granted && opts.lastModified) headers['If-Modified-Since'] = opts.lastModified;

  const failed = (error: unknown, stage: 'connect' | 'body'): FetchOutcome => {
    if (timedOut) return { kind: 'error', reason: problem('fetch.timeout', { count: timeoutMs / 1000 }) };
    if (controller.signal.aborted) return { kind: 'error', reason: problem('fetch.cancelled') };
    if (error instanceof Stop) return { kind: 'error', reason: error.reason };
    const detail = verbatim(errorMessage(error));
    const code = stage === 'connect' ? 'fetch.unreachable' : 'fetch.broken';
    return { kind: 'error', reason: problem(code, { host, detail }) };
  };

  try {
    // Where the target of a redirect can be read (Node), it is followed here, hop by hop, so a
    // target that breaks the https rule is refused before anything connects to it. A browser
    // hides it from an extension: then the browser follows, and the extension's Content Security
    // Policy (connect-src: https and loopback http only, wxt.config.ts) refuses a hop that breaks
    // the rule before it is sent. Either way the final address is checked again below.
    let response: Response;
    let requestUrl = checked.url.href;
    let browserFollows = false;
    for (let hop = 0; ; hop++) {
      try {
        response = await raceAbort(
          opts.fetch(requestUrl, {
            method: 'GET',
            credentials: 'omit',
            cache: 'no-store',
            redirect: browserFollows ? 'follow' : 'manual',
            headers,
            signal: controller.signal,
          }),
          controller.signal,
        );
      } catch (error) {
        if (browserFollows && !controller.signal.aborted && !(error instanceof Stop)) {
          // The first request reached the server, which redirected; the hop it asked for was
          // refused (CSP, CORS on an origin not granted) or failed. Which one, the browser hides.
          return { kind: 'error', sentElsewhere: true, reason: problem('fetch.sentElsewhere') };
        }
        if (!granted && !controller.signal.aborted && !(error instanceof Stop)) {
          const refused = await refusedAsCrossOrigin(opts.fetch, requestUrl, controller.signal);
          if (refused) return { kind: 'error', needsAccess: true, reason: noAccessReason(requestUrl) };
        }
        return failed(error, 'connect');
      }
      if (browserFollows) break;
      const hopped = nextHop(response, requestUrl);
      if (hopped === null) break;
      response.body?.cancel().catch(() => undefined);
      if (hopped.kind === 'error') return hopped;
      if (hop >= MAX_REDIRECTS)
        return { kind: 'error', reason: problem('fetch.tooManyRedirects', { max: MAX_REDIRECTS }) };
      if (hopped.kind === 'hidden') browserFollows = true;
      else requestUrl = hopped.url;
    }

    const finalUrl = response.url || requestUrl;
    if (!checkFeedUrl(finalUrl).ok) {
      response.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: problem('fetch.redirectNotHttps', { url: finalUrl }) };
    }
    // A redirect is followed only onto an origin the extension may read; elsewhere the employee
    // is shown the new address and asked for that origin first.
    if (
      new URL(finalUrl).origin !== checked.url.origin &&
      opts.originGranted &&
      !(await opts.originGranted(finalUrl).catch(() => false))
    ) {
      response.body?.cancel().catch(() => undefined);
      return {
        kind: 'error',
        movedTo: finalUrl,
        reason: problem('fetch.movedNoAccess', { url: finalUrl, host: new URL(finalUrl).hostname }),
      };
    }
    if (response.status === 304) {
      if (opts.etag || opts.lastModified) return { kind: 'not-modified' };
      return {
        kind: 'error',
        status: 304,
        reason: problem('fetch.notModifiedNoCopy'),
      };
    }
    if (response.status < 200 || response.status > 299) {
      response.body?.cancel().catch(() => undefined);
      const phrase = response.statusText || STATUS_PHRASES[response.status] || '';
      const reason = problem('fetch.http', { status: response.status, phrase });
      return { kind: 'error', status: response.status, reason };
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: problem('fetch.tooLarge', { size: formatBytes(maxBytes) }) };
    }

    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, maxBytes, controller.signal);
    } catch (error) {
      return failed(error, 'body');
    }
    // JSON is UTF-8 (RFC 8259), and so is nearly every RSS or Atom feed; a stray invalid byte
    // becomes U+FFFD rather than failing the feed.
    const text = new TextDecoder(xmlEncoding(bytes), { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    return {
      kind: 'ok',
      text,
      finalUrl,
      ...(etag === undefined ? {} : { etag }),
      ...(lastModified === undefined ? {} : { lastModified }),
    };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}
