// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { checkFeedUrl, fetchFeed as fetchCoded } from '@/shared/feed/fetch-feed';
import { inEnglish } from '../../support/in-english';
import { englishText } from '@/shared/cli/english';

// The transport's outcomes with their problems said in English, the words the CLI prints.
const fetchFeed = async (...args: Parameters<typeof fetchCoded>) => inEnglish(await fetchCoded(...args));

const URL_OK = 'https://acme.example/feed.json';

function response(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): Response {
  const res = new Response(body, init);
  // `new Response()` has url ''; a real fetch reports the final URL after redirects.
  Object.defineProperty(res, 'url', { value: init.url ?? URL_OK });
  return res;
}

function fakeFetch(answer: Response | (() => Promise<Response>)) {
  return vi.fn<typeof fetch>(() => (typeof answer === 'function' ? answer() : Promise.resolve(answer)));
}

/** A body that produces `chunks` chunks of `size` bytes, counting how far it was read. */
function streamOf(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('checkFeedUrl', () => {
  it.each([
    ['https://acme.example/feed.json', true],
    ['https://acme.example/feed.json?key=secret', true],
    ['http://localhost:8080/feed.json', true],
    ['http://127.0.0.1/feed.json', true],
    // The extension's CSP cannot name [::1], so the browser would refuse it (issue 23).
    ['http://[::1]:3000/feed.json', false],
    ['http://acme.example/feed.json', false],
    ['http://localhost.acme.example/feed.json', false],
    ['https://user:pass@acme.example/feed.json', false],
    ['https://user@acme.example/feed.json', false],
    ['ftp://acme.example/feed.json', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(checkFeedUrl(url).ok).toBe(ok);
  });

  it('says why http://[::1] cannot be read and what to use instead', () => {
    const checked = checkFeedUrl('http://[::1]:3000/feed.json');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.reason.code).toBe('fetch.ipv6Loopback');
    expect(englishText(checked.reason)).toMatch(/cannot name an IPv6 address.*Use http:\/\/127\.0\.0\.1/);
  });
});

describe('fetchFeed', () => {
  it('sends an anonymous request with only Accept and the validators', async () => {
    const fetch = fakeFetch(
      response('{"a":1}', { headers: { ETag: '"v2"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } }),
    );
    const outcome = await fetchFeed(URL_OK, {
      fetch,
      etag: '"v1"',
      lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT',
    });
    expect(outcome).toEqual({
      kind: 'ok',
      text: '{"a":1}',
      etag: '"v2"',
      lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
      finalUrl: URL_OK,
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(URL_OK);
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    expect(init?.headers).toEqual({
      Accept:
        'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, */*;q=0.1',
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Mon, 30 Nov 2026 10:00:00 GMT',
    });
  });

  it('decodes UTF-8 and strips a byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"t":"Kraków"}')]);
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response(bytes)) });
    expect(outcome).toMatchObject({ kind: 'ok', text: '{"t":"Kraków"}' });
  });

  it('refuses a URL that is not https before fetching', async () => {
    const fetch = fakeFetch(response('{}'));
    const outcome = await fetchFeed('http://acme.example/feed.json', { fetch });
    expect(outcome).toEqual({ kind: 'error', reason: expect.stringMatching(/https/) });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a redirect to plain http', async () => {
    const fetch = fakeFetch(response('{}', { url: 'http://evil.example/feed.json' }));
    expect(await fetchFeed(URL_OK, { fetch })).toEqual({
      kind: 'error',
      reason: 'The feed redirected to http://evil.example/feed.json which is not https',
    });
  });

  it('reports the final URL of an allowed redirect', async () => {
    const fetch = fakeFetch(response('{}', { url: 'https://cdn.acme.example/feed.json' }));
    expect(await fetchFeed(URL_OK, { fetch })).toMatchObject({
      kind: 'ok',
      finalUrl: 'https://cdn.acme.example/feed.json',
    });
  });

  it('treats 304 as not modified when validators were sent', async () => {
    const outcome = await fetchFeed(URL_OK, {
      fetch: fakeFetch(response(null, { status: 304 })),
      etag: '"v1"',
    });
    expect(outcome).toEqual({ kind: 'not-modified' });
  });

  it('treats 304 without validators as an error', async () => {
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response(null, { status: 304 })) });
    expect(outcome).toEqual({
      kind: 'error',
      status: 304,
      reason: 'The server answered 304 Not Modified but there is no earlier copy',
    });
  });

  it.each([
    [404, '', 'HTTP 404 Not Found'],
    [503, 'Down For Maintenance', 'HTTP 503 Down For Maintenance'],
    [418, '', 'HTTP 418'],
  ])('reports HTTP %i', async (status, statusText, reason) => {
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response('nope', { status, statusText })) });
    expect(outcome).toEqual({ kind: 'error', status, reason });
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { stream, state } = streamOf(10, 1024);
    const fetch = fakeFetch(response(stream, { headers: { 'Content-Length': String(6 * 1024 * 1024) } }));
    expect(await fetchFeed(URL_OK, { fetch })).toEqual({
      kind: 'error',
      reason: 'The feed is larger than 5 MB',
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body that grows past the limit', async () => {
    const { stream, state } = streamOf(1000, 64 * 1024);
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response(stream)) });
    expect(outcome).toEqual({ kind: 'error', reason: 'The feed is larger than 5 MB' });
    expect(state.pulled).toBeLessThan(100);
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
  });

  it('applies a custom maxBytes', async () => {
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response('x'.repeat(2048))), maxBytes: 1024 });
    expect(outcome).toEqual({ kind: 'error', reason: 'The feed is larger than 1 KB' });
  });

  it('times out a server that never answers', async () => {
    vi.useFakeTimers();
    try {
      const pending = fetchFeed(URL_OK, { fetch: fakeFetch(() => new Promise<Response>(() => undefined)) });
      await vi.advanceTimersByTimeAsync(15_000);
      expect(await pending).toEqual({ kind: 'error', reason: 'The feed did not answer within 15 seconds' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('times out a body that stalls', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array([0x7b])) });
    const outcome = await fetchFeed(URL_OK, { fetch: fakeFetch(response(stalled)), timeoutMs: 50 });
    expect(outcome).toEqual({ kind: 'error', reason: 'The feed did not answer within 0.05 seconds' });
  });

  it('names the host when the network fails', async () => {
    const fetch = fakeFetch(() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND acme.example') }),
      ),
    );
    expect(await fetchFeed(URL_OK, { fetch })).toEqual({
      kind: 'error',
      reason: "Couldn't reach acme.example: getaddrinfo ENOTFOUND acme.example",
    });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(URL_OK, {
      fetch: fakeFetch(() => new Promise<Response>(() => undefined)),
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toEqual({ kind: 'error', reason: 'The request was cancelled' });
  });
});

// Without host permission the browser makes a cross-origin request: only a server sending
// Access-Control-Allow-Origin answers it, and a refusal looks like a network failure ("Failed to
// fetch"). A no-cors retry tells the two apart: it gets an opaque answer from any server that is up.
describe('fetchFeed without host permission for the origin', () => {
  const refused = () => Promise.reject(new TypeError('Failed to fetch'));
  /** A browser's fetch: cors requests are refused, no-cors ones reach the server (or not). */
  function browserFetch(serverUp: boolean, corsHeader = false) {
    return vi.fn<typeof fetch>((_url, init) => {
      if (!serverUp) return refused();
      if (init?.mode === 'no-cors') return Promise.resolve(response(null, { status: 200 }));
      return corsHeader ? Promise.resolve(response('{"a":1}')) : refused();
    });
  }
  const notGranted = async () => false;

  it('reads a feed that sends Access-Control-Allow-Origin, with no validators (no preflight)', async () => {
    const fetch = browserFetch(true, true);
    const outcome = await fetchFeed(URL_OK, { fetch, originGranted: notGranted, etag: '"v1"' });
    expect(outcome).toMatchObject({ kind: 'ok', text: '{"a":1}' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(Object.keys(fetch.mock.calls[0]?.[1]?.headers ?? {})).toEqual(['Accept']);
  });

  it('says the permission is missing when the server is up but refuses other sites', async () => {
    const fetch = browserFetch(true);
    expect(await fetchFeed(URL_OK, { fetch, originGranted: notGranted })).toEqual({
      kind: 'error',
      needsAccess: true,
      reason: 'Ownvoice may not read acme.example',
    });
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ method: 'HEAD', mode: 'no-cors', credentials: 'omit' });
  });

  it('blames the network when the server cannot be reached at all', async () => {
    expect(await fetchFeed(URL_OK, { fetch: browserFetch(false), originGranted: notGranted })).toEqual({
      kind: 'error',
      reason: "Couldn't reach acme.example: Failed to fetch",
    });
  });

  it('never retries when the origin is granted: a failure there is the network', async () => {
    const fetch = browserFetch(true);
    const outcome = await fetchFeed(URL_OK, { fetch, originGranted: async () => true, etag: '"v1"' });
    expect(outcome).toEqual({ kind: 'error', reason: "Couldn't reach acme.example: Failed to fetch" });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[1]?.headers).toHaveProperty('If-None-Match', '"v1"');
  });
});
