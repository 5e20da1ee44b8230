import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from '@/entrypoints/linkedin.content/shadow-root-ui';

function fakeContext() {
  const listeners: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => (listeners.push(cb), () => undefined) };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => listeners.forEach((cb) => cb()) };
}

const OPTIONS = {
  name: 'ownvoice-overlay',
  position: 'inline',
  anchor: 'body',
  append: 'last',
  css: '.panel { color: red }',
  inheritStyles: true,
  isolateEvents: true,
} as const;

describe('the overlay shadow root', () => {
  beforeEach(() => {
    const feed = document.createElement('main');
    document.body.replaceChildren(feed);
  });

  it('adds nothing to the page until mounted, then one host at the end of <body>', async () => {
    const { ctx } = fakeContext();
    const ui = await createShadowRootUi(ctx, { ...OPTIONS, onMount: () => undefined });
    expect(document.querySelector('ownvoice-overlay')).toBeNull();
    ui.mount();
    const host = document.body.lastElementChild!;
    expect(host.localName).toBe('ownvoice-overlay');
    expect([...host.shadowRoot!.children].map((el) => el.localName)).toEqual(['style', 'div']);
    expect(host.shadowRoot!.querySelector('style')!.textContent).toBe(OPTIONS.css);
  });

  it("keeps the employee's typing from reaching the page's keyboard shortcuts", async () => {
    const { ctx } = fakeContext();
    const ui = await createShadowRootUi(ctx, {
      ...OPTIONS,
      onMount: (container) => container.append(document.createElement('textarea')),
    });
    ui.mount();
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    const textarea = document.querySelector('ownvoice-overlay')!.shadowRoot!.querySelector('textarea')!;
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(pageShortcut).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageShortcut);
  });

  it('goes away with its view when the extension is updated or reloaded', async () => {
    const { ctx, invalidate } = fakeContext();
    const onRemove = vi.fn();
    const ui = await createShadowRootUi(ctx, { ...OPTIONS, onMount: () => 'root', onRemove });
    ui.mount();
    invalidate();
    expect(onRemove).toHaveBeenCalledWith('root');
    expect(document.querySelector('ownvoice-overlay')).toBeNull();
  });
});
