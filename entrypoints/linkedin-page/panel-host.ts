import { browser } from 'wxt/browser';
import { scanForComposer } from '@/shared/linkedin/find-composer';
import { postButtonOf } from '@/shared/linkedin/insert-text';
import { parsePanelMessage, type PutResult } from '@/shared/linkedin/panel-protocol';
import { placePanel, type Box } from '@/shared/linkedin/panel-placement';
import { putInLinkedInPost } from '@/shared/linkedin/put-in-post';
import { t, textDirection, uiLocale } from '@/shared/i18n';
import { FRAME_CSS } from './frame-css';

export interface PanelHost {
  open: () => void;
  close: () => void;
  toggle: () => void;
  showLauncher: () => void;
}

/** The frame's address: a web-accessible page with `use_dynamic_url` in Chromium (a per-session id). */
const PANEL_PAGE = '/panel.html';
const LAYOUT_EVERY_MS = 700;

function deepActiveElement(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * Whether the page is hiding or covering the panel (clickjacking: the employee sees the page's
 * decoy and clicks through to "Put in LinkedIn post"). The host and its ancestors are LinkedIn's
 * to style; the frame's area must be drawn by the host, fully opaque and unfiltered.
 */
export function panelObscured(host: HTMLElement, frame: HTMLElement, doc: Document = document): boolean {
  const view = doc.defaultView;
  if (!view) return true;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (
      Number(style.opacity) < 1 ||
      style.visibility !== 'visible' ||
      (style.filter !== 'none' && style.filter !== '') ||
      (style.mixBlendMode !== 'normal' && style.mixBlendMode !== '') ||
      (style.clipPath !== 'none' && style.clipPath !== '')
    ) {
      return true;
    }
  }
  // Nothing of the page's above the frame: sample its area on a grid.
  const box = frame.getBoundingClientRect();
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.05, 0.35, 0.65, 0.95]) {
      const top = doc.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
      if (top !== host) return true;
    }
  }
  return false;
}

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/**
 * What Ownvoice puts on LinkedIn's page once the employee asks: a host element with a CLOSED
 * shadow root holding a frame of the extension's own origin (the panel), or the opt-in launcher
 * button. The page cannot read into the frame, nor hear keys typed there, and this script talks
 * to the panel by extension messaging only.
 */
export function createPanelHost(doc: Document = document): PanelHost {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = FRAME_CSS;
  const box = doc.createElement('div');
  box.lang = uiLocale();
  box.dir = textDirection();
  shadow.append(style, box);

  let frame: HTMLIFrameElement | undefined;
  let launcher: HTMLButtonElement | undefined;
  let returnFocus: HTMLElement | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const attach = () => {
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
  };

  function layout() {
    forgetDetached();
    if (!frame || doc.hidden) return;
    const scan = scanForComposer(doc);
    const dialog = scan.kind === 'found' ? scan.composer.container : undefined;
    const post = dialog ? postButtonOf(dialog) : null;
    const view = doc.documentElement;
    const place = placePanel({
      view: { width: view.clientWidth, height: view.clientHeight },
      dir: box.dir === 'rtl' ? 'rtl' : 'ltr',
      dialog: dialog ? boxOf(dialog) : undefined,
      post: post ? boxOf(post) : undefined,
    });
    frame.classList.toggle('start', place.side === 'start');
    frame.style.top = `${place.top}px`;
    frame.style.height = `${place.height}px`;
    frame.style.width = `${place.width}px`;
  }

  // The page may remove the host: a frame no longer in the document is closed.
  function forgetDetached() {
    if (frame && !frame.isConnected) {
      clearInterval(timer);
      frame.remove();
      frame = undefined;
    }
  }

  function open() {
    forgetDetached();
    if (frame) {
      frame.focus();
      return;
    }
    returnFocus = deepActiveElement(doc);
    frame = doc.createElement('iframe');
    frame.title = t('extName');
    // "Put in LinkedIn post" copies from the frame where LinkedIn's editor can't take the text.
    // `*`, not the default (the src's origin): the dynamic address's origin is not the origin the
    // page then runs in (the extension's own), so a plain `clipboard-write` is not delegated.
    frame.allow = 'clipboard-write *';
    frame.src = (browser.runtime.getURL as (path: string) => string)(PANEL_PAGE);
    const opened = frame;
    opened.addEventListener('load', () => opened.focus(), { once: true });
    if (launcher) launcher.hidden = true;
    box.append(opened);
    attach();
    layout();
    timer = setInterval(layout, LAYOUT_EVERY_MS);
  }

  function close() {
    forgetDetached();
    if (!frame) return;
    clearInterval(timer);
    frame.remove();
    frame = undefined;
    if (launcher) launcher.hidden = false;
    else host.remove();
    const back = returnFocus?.isConnected ? returnFocus : null;
    returnFocus = null;
    back?.focus();
  }

  function showLauncher() {
    if (launcher) return;
    launcher = doc.createElement('button');
    launcher.type = 'button';
    launcher.className = 'launcher';
    launcher.textContent = t('extName');
    launcher.addEventListener('click', open);
    launcher.hidden = frame !== undefined;
    box.append(launcher);
    attach();
  }

  doc.defaultView?.addEventListener('resize', layout);
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only this extension (the background relays the panel's requests); the page cannot send
    // extension messages, and another content script of ours sends none.
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !frame) return false;
    const request = parsePanelMessage(message);
    if (!request) return false;
    if (request.type === 'panel/close') {
      close();
      sendResponse(null);
      return false;
    }
    if (panelObscured(host, frame, doc)) {
      sendResponse({
        kind: 'done',
        outcome: { ok: false, reason: t('overlay.obscured') },
      } satisfies PutResult);
      return false;
    }
    putInLinkedInPost(request.request, request.about).then(
      (result) => sendResponse(result),
      () => sendResponse({ kind: 'copy' } satisfies PutResult),
    );
    return true;
  });

  const toggle = () => {
    forgetDetached();
    if (frame) close();
    else open();
  };
  return { open, close, toggle, showLauncher };
}
