import type { PanelMessage, PutResult } from '@/shared/linkedin/panel-protocol';
import { sendToBackground } from '@/shared/messaging';
import { t } from '@/shared/i18n';
import type { ShareAbout } from '@/shared/share/share-about';
import type { ShareRequest } from '@/shared/share/types';

/** The panel's line to the Ownvoice script on the LinkedIn page that holds this frame. */
export interface PageLink {
  /** Undefined when the page script is gone (the tab navigated, the extension was reloaded). */
  put: (request: ShareRequest, about: ShareAbout) => Promise<PutResult | undefined>;
  close: () => void;
}

/**
 * Extension messaging to this tab's top frame, where the script runs, relayed by the background
 * (`panel/relay`): the browser delivers it only to the extension's own contexts, so the page can
 * neither hear it nor forge it.
 */
export function createPageLink(
  send = sendToBackground,
  /** Whether the panel is seen as drawn (visibility.ts); false refuses "Put in LinkedIn post". */
  visible: () => boolean | undefined = () => undefined,
): PageLink {
  async function relay(message: PanelMessage): Promise<PutResult | undefined> {
    const answer = await send({ type: 'panel/relay', message });
    return answer.ok ? (answer.data ?? undefined) : undefined;
  }
  return {
    // A panel the page hides or covers may be a decoy's target: the employee would not see what
    // they press. The page script checks what it can too (panel-host.ts `panelObscured`).
    put: async (request, about) =>
      visible() === false
        ? { kind: 'done', outcome: { ok: false, reason: t('overlay.obscured') } }
        : relay({ type: 'panel/put', request, about }),
    close: () => void relay({ type: 'panel/close' }),
  };
}
