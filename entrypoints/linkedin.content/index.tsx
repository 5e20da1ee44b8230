import { createRoot, type Root } from 'react-dom/client';
import { useStore } from 'zustand';
import { defineContentScript } from 'wxt/utils/define-content-script';
import componentsCss from '@/components/components.css?inline';
import composerCss from '@/components/composer/composer.css?inline';
import overlayCss from './overlay.css?inline';
import { applyLocale, t } from '@/shared/i18n';
import { sendToBackground } from '@/shared/messaging';
import { PanelApp } from './panel-app';
import { createShadowRootUi } from './shadow-root-ui';
import { createOverlayStore, type OverlayStore } from './store';

/** What a second injection into the same tab finds: the overlay already there. */
interface OverlayHandle {
  open: () => void;
}

type OverlayGlobals = { __ownvoice?: OverlayHandle; __ownvoiceOpen?: boolean };

// Styles go into the shadow root as text, so no file of ours is web-accessible for pages to probe.
const CSS = [componentsCss, composerCss, overlayCss].join('\n').replaceAll(':root', ':host');

function Launcher({ store }: { store: OverlayStore }) {
  const open = useStore(store, (s) => s.open);
  if (open) return null;
  return (
    <button type="button" className="launcher" onClick={() => store.getState().setOpen(true)}>
      {t('extName')}
    </button>
  );
}

/**
 * Injected into one LinkedIn tab when the employee asks (popup, shortcut, context menu), or
 * registered by the opt-in launcher setting. Until then nothing of Ownvoice is on linkedin.com.
 */
export default defineContentScript({
  // No matches: WXT would turn them into an install-time host permission for linkedin.com. The
  // script is injected by activeTab, or registered for LINKEDIN_MATCH once the employee opts in.
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const globals = globalThis as OverlayGlobals;
    const openNow = globals.__ownvoiceOpen === true;
    delete globals.__ownvoiceOpen;
    if (globals.__ownvoice) {
      if (openNow) globals.__ownvoice.open();
      return;
    }

    // Asked for before React and the panel are set up, so the answer is on its way meanwhile.
    const firstData = openNow ? sendToBackground({ type: 'overlay/data' }) : undefined;
    const store = createOverlayStore();
    let root: Root | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'ownvoice-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CSS,
      inheritStyles: true,
      // LinkedIn's keyboard shortcuts must not fire while the employee types in the panel.
      isolateEvents: true,
      onMount(container) {
        // The shadow root follows the extension's UI language, not LinkedIn's page direction.
        applyLocale(container);
        root = createRoot(container);
        root.render(
          <>
            {!openNow && <Launcher store={store} />}
            <PanelApp store={store} firstData={firstData} />
          </>,
        );
      },
      onRemove() {
        root?.unmount();
      },
    });
    ui.mount();

    globals.__ownvoice = { open: () => store.getState().setOpen(true) };
    // An extension update or reload ends this copy quietly; the page keeps working.
    ctx.onInvalidated(() => {
      delete globals.__ownvoice;
    });
    if (openNow) store.getState().setOpen(true);
  },
});
