import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The part of WXT's `createShadowRootUi` the overlay uses, with the same call and the same DOM:
 * `<name>` at the end of `<body>`, an open shadow root holding one `<style>` and one `<div>`,
 * removed when the extension context goes away. WXT's version also brings auto-mounting, anchors
 * and positions, and their libraries (~3 KB gzip), into a script that LinkedIn tabs load whole.
 * The fixed options are typed as literals, so asking for another one fails to compile rather than
 * being ignored. Not handled: `@property` and `@font-face` rules, which WXT moves to the document
 * (the overlay's styles have none).
 */
export interface ShadowRootUiOptions<T> {
  name: string;
  position: 'inline';
  anchor: 'body';
  append: 'last';
  css: string;
  /** The host keeps the page's inherited styles (no `:host { all: initial }` reset). */
  inheritStyles: true;
  /** Keyboard events stop at the shadow root, so the page's shortcuts do not fire while typing. */
  isolateEvents: boolean;
  onMount: (container: HTMLElement, shadow: ShadowRoot, host: HTMLElement) => T;
  onRemove?: (mounted: T | undefined) => void;
}

export interface ShadowRootUi {
  mount: () => void;
  remove: () => void;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Async like WXT's, so the entrypoint's call reads the same. */
export async function createShadowRootUi<T>(
  ctx: ContentScriptContext,
  options: ShadowRootUiOptions<T>,
): Promise<ShadowRootUi> {
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = options.css;
  const container = document.createElement('div');
  shadow.append(style, container);
  if (options.isolateEvents) {
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  }

  let mounted: T | undefined;
  const ui: ShadowRootUi = {
    mount() {
      document.body.append(host);
      mounted = options.onMount(container, shadow, host);
    },
    remove() {
      options.onRemove?.(mounted);
      host.remove();
      container.replaceChildren();
      mounted = undefined;
    },
  };
  ctx.onInvalidated(ui.remove);
  return ui;
}
