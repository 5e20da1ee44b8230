// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createImageLoader, isFeedImageUrl } from '@/shared/feed/feed-image';

const IMAGE = 'https://images.acme.example/cover.png';
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

const png = (init: ResponseInit = {}) =>
  new Response(PNG_BYTES, { status: 200, headers: { 'Content-Type': 'image/png' }, ...init });

function fakeFetch(answer: () => Promise<Response> = () => Promise.resolve(png())) {
  return vi.fn<typeof fetch>(() => answer());
}

describe('createImageLoader', () => {
  it('fetches anonymously: no cookies, no Referer, from the HTTP cache when it has the image', async () => {
    const fetch = fakeFetch();
    const image = await createImageLoader({ fetch })(IMAGE);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(IMAGE);
    expect(fetch.mock.calls[0]![1]).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'force-cache',
      mode: 'cors',
    });
    expect(image.kind).toBe('ok');
    if (image.kind !== 'ok') return;
    expect(image.blob.type).toBe('image/png');
    expect(new Uint8Array(await image.blob.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('asks once per URL while the page lives, however often the item is reopened', async () => {
    const fetch = fakeFetch();
    const load = createImageLoader({ fetch });
    const first = await load(IMAGE);
    expect(await load(IMAGE)).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets the least recently used image beyond maxEntries', async () => {
    const fetch = fakeFetch();
    const load = createImageLoader({ fetch, maxEntries: 2 });
    await load('https://a.example/1.png');
    await load('https://a.example/2.png');
    await load('https://a.example/1.png');
    await load('https://a.example/3.png');
    await load('https://a.example/1.png');
    expect(fetch).toHaveBeenCalledTimes(3);
    await load('https://a.example/2.png');
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it.each([
    ['plain http', 'http://images.acme.example/cover.png'],
    ['http on loopback (feeds only)', 'http://127.0.0.1:8080/cover.png'],
    ['a user name in the URL', 'https://me:secret@images.acme.example/cover.png'],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo='],
    ['not a URL', 'cover.png'],
  ])('never fetches %s', async (_label, url) => {
    const fetch = fakeFetch();
    expect(isFeedImageUrl(url)).toBe(false);
    expect(await createImageLoader({ fetch })(url)).toEqual({ kind: 'unavailable' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    // What Chromium's fetch does when the host sends no Access-Control-Allow-Origin.
    ['refused by CORS', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a 404', () => Promise.resolve(png({ status: 404 }))],
    [
      'not an image',
      () => Promise.resolve(new Response('<html>', { headers: { 'Content-Type': 'text/html' } })),
    ],
  ])('answers unavailable when %s', async (_label, answer) => {
    expect(await createImageLoader({ fetch: fakeFetch(answer) })(IMAGE)).toEqual({ kind: 'unavailable' });
  });

  it.each([
    ['says so in Content-Length', { 'Content-Type': 'image/png', 'Content-Length': '3' }],
    ['does not say', { 'Content-Type': 'image/png' }],
  ])('refuses an image larger than maxBytes when the server %s', async (_label, headers) => {
    const fetch = fakeFetch(() => Promise.resolve(new Response(PNG_BYTES, { headers })));
    expect(await createImageLoader({ fetch, maxBytes: 2 })(IMAGE)).toEqual({ kind: 'unavailable' });
  });

  it('gives up on a host that never answers', async () => {
    // Like a real fetch: pending until its signal aborts.
    const hanging = vi.fn<typeof globalThis.fetch>(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
        ),
    );
    expect(await createImageLoader({ fetch: hanging, timeoutMs: 10 })(IMAGE)).toEqual({
      kind: 'unavailable',
    });
    expect(hanging).toHaveBeenCalledTimes(1);
  });
});
