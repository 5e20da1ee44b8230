// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '@/shared/feed/fetch-feed';
import { inEnglish } from '../../support/in-english';

const SENT_ELSEWHERE_REASON =
  "The feed's server sends it to another address that Ownvoice may not read; the organizer can give you the feed's new address";

const SUBSCRIBED = 'https://acme.example/old.json';

function response(body: BodyInit | null, url: string, init: ResponseInit = {}): Response {
  const res = new Response(body, init);
  Object.defineProperty(res, 'url', { value: url });
  return res;
}

/** What Chromium gives an extension for `redirect: 'manual'`: no status, no Location. */
function opaqueRedirect(url: string): Response {
  const res = response(null, url);
  Object.defineProperty(res, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(res, 'status', { value: 0 });
  return res;
}

/**
 * A browser's fetch for a feed that redirects: the manual request sees only an opaque redirect;
 * the following one ends at `final` (the body read there), or fails (`null`: the hop was refused
 * by CSP or CORS, which the browser does not tell apart).
 */
function browserRedirectingTo(final: string | null) {
  return vi.fn<typeof fetch>((url, init) => {
    if (init?.redirect === 'manual') return Promise.resolve(opaqueRedirect(String(url)));
    if (final === null) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(response('{"a":1}', final));
  });
}

const granted = (origins: string[]) => async (url: string) => origins.includes(new URL(url).origin);

describe('redirects in the browser, where the target is hidden', () => {
  const CASES: [string, string | null, string[], Record<string, unknown>][] = [
    [
      'same origin (a moved file): followed, read, the new address reported',
      'https://acme.example/feed.json',
      ['https://acme.example'],
      { kind: 'ok', text: '{"a":1}', finalUrl: 'https://acme.example/feed.json' },
    ],
    [
      'a trailing slash: followed, the new address reported',
      'https://acme.example/old.json/',
      ['https://acme.example'],
      { kind: 'ok', finalUrl: 'https://acme.example/old.json/' },
    ],
    [
      'a CDN on an origin the extension may read: followed',
      'https://cdn.example/acme/feed.json',
      ['https://acme.example', 'https://cdn.example'],
      { kind: 'ok', finalUrl: 'https://cdn.example/acme/feed.json' },
    ],
    [
      'an origin not granted that answered CORS: not read, the new address offered',
      'https://blog.example/feed.json',
      ['https://acme.example'],
      {
        kind: 'error',
        movedTo: 'https://blog.example/feed.json',
        reason:
          'The feed now lives at https://blog.example/feed.json, and Ownvoice may not read blog.example',
      },
    ],
    [
      'a hop the browser refused (origin not readable, or http): the server sends it elsewhere',
      null,
      ['https://acme.example'],
      { kind: 'error', sentElsewhere: true, reason: SENT_ELSEWHERE_REASON },
    ],
    [
      'a final address that breaks the https rule (were CSP missing): refused',
      'http://evil.example/feed.json',
      ['https://acme.example', 'http://evil.example'],
      { kind: 'error', reason: 'The feed redirected to http://evil.example/feed.json which is not https' },
    ],
    [
      'loopback http stays allowed',
      'http://127.0.0.1:8080/feed.json',
      ['https://acme.example', 'http://127.0.0.1:8080'],
      { kind: 'ok', finalUrl: 'http://127.0.0.1:8080/feed.json' },
    ],
  ];

  it.each(CASES)('%s', async (_name, final, origins, expected) => {
    const fetch = browserRedirectingTo(final);
    const outcome = inEnglish(await fetchFeed(SUBSCRIBED, { fetch, originGranted: granted(origins) }));
    expect(outcome).toMatchObject(expected);
    if (expected.kind === 'error') expect(outcome).toEqual(expected);
    // The first request never lets the browser follow; the second lets it, with the same request.
    expect(fetch.mock.calls.map(([, init]) => init?.redirect)).toEqual(['manual', 'follow']);
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ credentials: 'omit', cache: 'no-store', method: 'GET' });
  });

  it('follows nothing when there is no redirect', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(response('{"a":1}', SUBSCRIBED)));
    expect(
      await fetchFeed(SUBSCRIBED, { fetch, originGranted: granted(['https://acme.example']) }),
    ).toMatchObject({ kind: 'ok', finalUrl: SUBSCRIBED });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('redirects where the Location can be read (Node, the CLI)', () => {
  /** Answers each URL with a redirect to the next one in `chain`, the last with the feed. */
  function serverChain(chain: string[]) {
    return vi.fn<typeof fetch>((url) => {
      const at = chain.indexOf(String(url));
      const next = chain[at + 1];
      if (at < 0) return Promise.reject(new TypeError(`unexpected request to ${String(url)}`));
      if (next === undefined) return Promise.resolve(response('{"a":1}', String(url)));
      return Promise.resolve(response(null, String(url), { status: 301, headers: { Location: next } }));
    });
  }

  it.each([
    [
      'http to https is refused (the subscribed address is already https-only)',
      [SUBSCRIBED, 'http://acme.example/old.json'],
      { kind: 'error', reason: 'The feed redirected to http://acme.example/old.json which is not https' },
      1,
    ],
    [
      'two https hops are followed hop by hop',
      [SUBSCRIBED, 'https://www.acme.example/old.json', 'https://cdn.example/feed.json'],
      { kind: 'ok', finalUrl: 'https://cdn.example/feed.json' },
      3,
    ],
    [
      'an http hop in the middle is refused before it is asked',
      [SUBSCRIBED, 'http://mid.example/x', 'https://cdn.example/feed.json'],
      { kind: 'error', reason: 'The feed redirected to http://mid.example/x which is not https' },
      1,
    ],
  ])('%s', async (_name, chain, expected, requests) => {
    const fetch = serverChain(chain);
    expect(inEnglish(await fetchFeed(SUBSCRIBED, { fetch }))).toMatchObject(expected);
    expect(fetch).toHaveBeenCalledTimes(requests);
  });
});
