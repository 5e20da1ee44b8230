/**
 * Messages from content scripts: validated with zod, answered only from a tab Ownvoice entered
 * (or a LinkedIn tab while the launcher is registered), malformed ones refused and logged once.
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener, type Handlers } from '@/shared/message-router';
import { createInjectedTabs, forgetClosedTabs, injectedTabs } from '@/shared/platform/injected-tabs';
import { injectOverlay } from '@/shared/platform/overlay';

const EXTENSION_ID = 'ownvoice-test';
const OWN_PAGE = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const tabSender = (tabId: number, url = 'https://www.linkedin.com/feed/') => ({
  id: EXTENSION_ID,
  url,
  tab: { id: tabId, url } as never,
});

/** What the page script on LinkedIn may send: the layout it met (recorded for Settings). */
const draftsGet = { type: 'linkedin/layout', layout: 'shadow-quill' };

function setup(opts: { launcher?: boolean; session?: boolean } = {}) {
  const tabs = createInjectedTabs({
    area: () => (opts.session === false ? undefined : fakeBrowser.storage.session),
    launcherEnabled: async () => opts.launcher ?? false,
  });
  const get = vi.fn(async () => ({ ok: true as const, data: null }));
  const listener = createMessageListener(
    { 'linkedin/layout': get, 'overlay/data': get, 'drafts/get': get } as unknown as Handlers,
    EXTENSION_ID,
    `chrome-extension://${EXTENSION_ID}/`,
    (sender) => tabs.allows(sender),
  );
  const deliver = (message: unknown, sender: object) =>
    new Promise<unknown>((resolve) => {
      const kept = listener(message, sender, resolve);
      if (!kept) queueMicrotask(() => resolve(undefined));
    });
  return { tabs, get, listener, deliver };
}

describe('who may message the background', () => {
  it('answers the overlay in a tab Ownvoice entered', async () => {
    const { tabs, get, deliver } = setup();
    await tabs.remember(7);
    expect(await deliver(draftsGet, tabSender(7))).toEqual({ ok: true, data: null });
    expect(get).toHaveBeenCalledOnce();
  });

  it('refuses a content script in a tab Ownvoice never entered, and logs that once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { get, deliver } = setup();
    expect(await deliver(draftsGet, tabSender(8))).toEqual({
      ok: false,
      reason: 'Not allowed from this tab',
    });
    expect(await deliver(draftsGet, tabSender(9, 'https://evil.example/'))).toEqual({
      ok: false,
      reason: 'Not allowed from this tab',
    });
    expect(get).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('answers a LinkedIn tab running the registered launcher, and only while it is registered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await setup({ launcher: true }).deliver(draftsGet, tabSender(10))).toEqual({
      ok: true,
      data: null,
    });
    expect(await setup({ launcher: false }).deliver(draftsGet, tabSender(10))).toMatchObject({ ok: false });
    // The launcher runs on www.linkedin.com only: another site is refused even while it is on.
    expect(
      await setup({ launcher: true }).deliver(draftsGet, tabSender(11, 'https://linkedin.com.evil.example/')),
    ).toMatchObject({ ok: false });
  });

  it('gives the page script neither feed data nor drafts: those are for the panel, an extension page', async () => {
    const { tabs, get, deliver } = setup();
    await tabs.remember(7);
    for (const message of [
      { type: 'overlay/data' },
      { type: 'drafts/get', feedUrl: 'https://a.example/f.json', itemId: 'a' },
    ]) {
      expect(await deliver(message, tabSender(7))).toEqual({
        ok: false,
        reason: 'Not allowed from a web page',
      });
    }
    expect(await deliver({ type: 'overlay/data' }, OWN_PAGE)).toEqual({ ok: true, data: null });
    expect(get).toHaveBeenCalledOnce();
  });

  it('answers its own pages without asking about tabs', async () => {
    const { deliver } = setup();
    expect(await deliver(draftsGet, OWN_PAGE)).toEqual({ ok: true, data: null });
  });

  it('keeps the list in session storage, so a restarted service worker still knows the tab', async () => {
    await setup().tabs.remember(12);
    expect(await setup().tabs.has(12)).toBe(true);
    // Without session storage (Firefox MV2) the list lives in memory only.
    const memoryOnly = setup({ session: false }).tabs;
    await memoryOnly.remember(13);
    expect(await memoryOnly.has(13)).toBe(true);
    expect(await setup().tabs.has(13)).toBe(false);
  });

  it('ignores a corrupted list in session storage', async () => {
    await fakeBrowser.storage.session.set({ ownvoiceInjectedTabs: { __proto__: { 0: 1 }, length: 1 } });
    expect(await setup().tabs.has(0)).toBe(false);
    await fakeBrowser.storage.session.set({ ownvoiceInjectedTabs: ['7', 7.5, null] });
    expect(await setup().tabs.has(7)).toBe(false);
  });

  it('records the tab when the overlay is injected, and forgets it when the tab closes', async () => {
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await injectOverlay(21);
    expect(execute).toHaveBeenCalledTimes(2);
    expect(await injectedTabs.has(21)).toBe(true);
    forgetClosedTabs();
    await fakeBrowser.tabs.onRemoved.trigger(21, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await injectedTabs.has(21)).toBe(false));
  });
});

describe('malformed messages from a content script', () => {
  const big = 'x'.repeat(100_000);
  it.each([
    ['no type', { feedUrl: 'x' }],
    ['an unknown type', { type: 'feeds/export-all' }],
    ['a type from the prototype', { type: 'constructor' }],
    ['__proto__ smuggling', JSON.parse('{"type":"drafts/get","__proto__":{"feedUrl":"x","itemId":"y"}}')],
    ['a 100,000-character item id', { type: 'drafts/get', feedUrl: 'https://a.example/f', itemId: big }],
    [
      'a draft with a script where text should be',
      { type: 'drafts/save', feedUrl: 'f', itemId: 'i', draft: { text: { toString: 'x' } } },
    ],
    ['a share with a negative own-words share', { type: 'shares/record', share: { ownWords: -1 } }],
    ['an array', [draftsGet]],
    ['null', null],
    ['a string', 'drafts/get'],
    ['deep nesting', JSON.parse('['.repeat(5_000) + ']'.repeat(5_000))],
  ])('refuses %s with { ok: false }, logged once', async (_name, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { get, tabs, listener } = setup();
    await tabs.remember(7);
    const answers: unknown[] = [];
    for (let i = 0; i < 3; i++) listener(message, tabSender(7), (a) => answers.push(a));
    expect(answers).toEqual(Array(3).fill({ ok: false, reason: 'Malformed request' }));
    expect(get).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
    expect(({} as Record<string, unknown>).feedUrl).toBeUndefined();
  });
});
