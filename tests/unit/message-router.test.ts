import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type Handlers } from '@/shared/message-router';

const EXTENSION_ID = 'ownvoice-test';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'feeds/add': async ({ url }) => ({ ok: true, data: { url, itemCount: 0, warnings: [] } }),
    'feeds/remove': async () => ({ ok: true, data: null }),
    'feeds/refresh': async () => ({ ok: true, data: [] }),
    'feeds/fetch-text': async () => ({ ok: true, data: { text: '{}' } }),
    'shares/record': async () => ({ ok: true, data: { id: 'share-1' } }),
    'shares/update-status': async () => ({ ok: true, data: null }),
    'overlay/data': async () => ({
      ok: true,
      data: {
        feeds: [],
        items: [],
        roles: [],
        languages: [],
        voice: { signOff: '', favoriteHashtags: [], mastodonInstance: '' },
        shareCounts: {},
        toConfirm: null,
      },
    }),
    'panel/relay': async () => ({ ok: true, data: null }),
    'overlay/open': async () => ({ ok: true, data: null }),
    'launcher/set': async () => ({ ok: true, data: null }),
    'linkedin/layout': async () => ({ ok: true, data: null }),
    'drafts/get': async () => ({ ok: true, data: null }),
    'drafts/save': async () => ({ ok: true, data: null }),
    'drafts/clear': async () => ({ ok: true, data: null }),
    ...overrides,
  };
}

/** Calls the listener as Chrome does and waits for what it sends back. */
function deliver(
  listener: ReturnType<typeof createMessageListener>,
  message: unknown,
  sender: Parameters<ReturnType<typeof createMessageListener>>[1] = { id: EXTENSION_ID },
) {
  return new Promise<{ kept: boolean; answer: unknown }>((resolve) => {
    let kept = false;
    const sendResponse = (answer: unknown) => queueMicrotask(() => resolve({ kept, answer }));
    kept = listener(message, sender, sendResponse) === true;
    if (!kept) queueMicrotask(() => resolve({ kept, answer: undefined }));
  });
}

describe('background message listener', () => {
  it('answers a valid request asynchronously with the handler result', async () => {
    const listener = createMessageListener(handlers(), EXTENSION_ID);
    const { kept, answer } = await deliver(listener, {
      type: 'feeds/add',
      url: 'https://acme.example/f.json',
    });
    expect(kept).toBe(true);
    expect(answer).toEqual({
      ok: true,
      data: { url: 'https://acme.example/f.json', itemCount: 0, warnings: [] },
    });
  });

  it.each([
    ['unknown type', { type: 'feeds/drop-table' }],
    ['missing field', { type: 'feeds/add' }],
    ['wrong field type', { type: 'feeds/remove', url: 42 }],
    ['not an object', 'feeds/add'],
    [
      'share without text',
      { type: 'shares/record', share: { feedUrl: 'https://a.example/f.json', itemId: 'a' } },
    ],
    [
      'share to an unknown network',
      {
        type: 'shares/record',
        share: {
          feedUrl: 'https://a.example/f.json',
          itemId: 'a',
          tags: [],
          channel: 'myspace',
          text: 'Hi',
          ownWords: 0.8,
          status: 'opened',
        },
      },
    ],
  ])('refuses a malformed request: %s', (_name, message) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const add = vi.fn();
    const listener = createMessageListener(handlers({ 'feeds/add': add }), EXTENSION_ID);
    const sendResponse = vi.fn();
    expect(listener(message, { id: EXTENSION_ID }, sendResponse)).toBe(false);
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, reason: 'Malformed request' });
    expect(add).not.toHaveBeenCalled();
  });

  it('passes a valid share to its handler', async () => {
    const record = vi.fn(async () => ({ ok: true as const, data: { id: 'share-9' } }));
    const listener = createMessageListener(handlers({ 'shares/record': record }), EXTENSION_ID);
    const share = {
      feedUrl: 'https://a.example/f.json',
      itemId: 'a',
      itemTitle: 'We shipped',
      tags: ['product'],
      channel: 'linkedin',
      text: 'What I learned building this… #AcmeEmployee',
      ownWords: 0.82,
      status: 'opened',
    };
    const { answer } = await deliver(listener, { type: 'shares/record', share });
    expect(answer).toEqual({ ok: true, data: { id: 'share-9' } });
    expect(record).toHaveBeenCalledWith({ type: 'shares/record', share }, { id: EXTENSION_ID });
  });

  it('answers the overlay only what the overlay needs', async () => {
    const add = vi.fn();
    const listener = createMessageListener(handlers({ 'feeds/add': add }), EXTENSION_ID);
    const fromTab = { id: EXTENSION_ID, tab: { id: 7 } as never, url: 'https://www.linkedin.com/feed/' };
    const sendResponse = vi.fn();
    expect(listener({ type: 'feeds/add', url: 'https://evil.example/f.json' }, fromTab, sendResponse)).toBe(
      false,
    );
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, reason: 'Not allowed from a web page' });
    expect(add).not.toHaveBeenCalled();
    const refused = vi.fn();
    listener({ type: 'overlay/data' }, fromTab, refused);
    expect(refused).toHaveBeenCalledWith({ ok: false, reason: 'Not allowed from a web page' });
    const { answer } = await deliver(listener, { type: 'linkedin/layout', layout: 'shadow-quill' }, fromTab);
    expect(answer).toEqual({ ok: true, data: null });
  });

  it("relays the LinkedIn panel's requests for its own tab only, and never a web page's", async () => {
    const relay = vi.fn(async (_request: unknown, sender: { tab?: { id?: number } }) => ({
      ok: true as const,
      data: sender.tab?.id === 7 ? ({ kind: 'copy' } as const) : null,
    }));
    const listener = createMessageListener(handlers({ 'panel/relay': relay }), EXTENSION_ID);
    const message = { type: 'panel/relay', message: { type: 'panel/close' } };
    const panel = {
      id: EXTENSION_ID,
      tab: { id: 7 } as never,
      url: `chrome-extension://${EXTENSION_ID}/panel.html`,
    };
    expect((await deliver(listener, message, panel)).answer).toEqual({ ok: true, data: { kind: 'copy' } });
    expect(relay).toHaveBeenCalledWith(message, panel);
    const page = vi.fn();
    const fromPage = { id: EXTENSION_ID, tab: { id: 7 } as never, url: 'https://www.linkedin.com/feed/' };
    listener(message, fromPage, page);
    expect(page).toHaveBeenCalledWith({ ok: false, reason: 'Not allowed from a web page' });
    expect(relay).toHaveBeenCalledOnce();
    // The share it carries is checked like any other: an over-long text is refused.
    const bad = vi.fn();
    const put = {
      type: 'panel/put',
      request: { channel: 'linkedin', text: 'x'.repeat(70_001), ownWords: 1 },
    };
    listener(
      { type: 'panel/relay', message: { ...put, about: { feedUrl: 'f', itemId: 'a', tags: [] } } },
      panel,
      bad,
    );
    expect(bad).toHaveBeenCalledWith({ ok: false, reason: 'Malformed request' });
  });

  it('answers its own pages everything, also when they are open in a tab', async () => {
    const listener = createMessageListener(handlers(), EXTENSION_ID);
    const optionsTab = {
      id: EXTENSION_ID,
      tab: { id: 3 } as never,
      url: `chrome-extension://${EXTENSION_ID}/options.html`,
    };
    const { answer } = await deliver(listener, { type: 'feeds/refresh' }, optionsTab);
    expect(answer).toEqual({ ok: true, data: [] });
  });

  it('ignores messages from other extensions', () => {
    const add = vi.fn();
    const listener = createMessageListener(handlers({ 'feeds/add': add }), EXTENSION_ID);
    const sendResponse = vi.fn();
    expect(
      listener({ type: 'feeds/add', url: 'https://x.example/f.json' }, { id: 'someone-else' }, sendResponse),
    ).toBe(false);
    expect(add).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an error value', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = createMessageListener(
      handlers({
        'feeds/refresh': async () => {
          throw new Error('database closed');
        },
      }),
      EXTENSION_ID,
    );
    const { answer } = await deliver(listener, { type: 'feeds/refresh' });
    expect(answer).toEqual({ ok: false, reason: 'database closed' });
  });
});
