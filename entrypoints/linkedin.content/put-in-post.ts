import { scanForComposer } from '@/shared/linkedin/find-composer';
import { insertIntoComposer, type InsertOptions } from '@/shared/linkedin/insert-text';
import type { LinkedInLayout } from '@/shared/linkedin/layouts';
import { watchComposer } from '@/shared/linkedin/watch-post';
import { logger } from '@/shared/logger';
import { sendToBackground } from '@/shared/messaging';
import type { ShareAbout } from '@/shared/share/share-about';
import type { ShareInput, ShareOutcome, ShareRequest } from '@/shared/share/types';
import { t } from '@/shared/i18n';

export interface PutDeps {
  send: typeof sendToBackground;
  copy: (text: string) => Promise<void>;
  navigate: (url: string) => void;
  doc: Document;
  insert?: InsertOptions;
}

export const pageDeps = (): PutDeps => ({
  send: sendToBackground,
  copy: (text) => navigator.clipboard.writeText(text),
  navigate: (url) => window.location.assign(url),
  doc: document,
});

const PASTE_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V';

/**
 * "Put in LinkedIn post". The employee presses Post; this never clicks anything of LinkedIn's.
 * 1. A composer of a known layout is open: type the text into it, confirm the editor took it,
 *    wait (bounded) for Post to be enabled, then watch that composer only.
 * 2. A composer is open but its editor is one we don't know, or it did not take the text: copy,
 *    and say how to paste. An open composer is never navigated away from.
 * 3. None is open: navigate this tab to LinkedIn's own share URL, which opens one with the text;
 *    on that URL already (it opened none), copy rather than loop.
 */
export async function putInLinkedInPost(
  request: ShareRequest,
  about: ShareAbout,
  deps: PutDeps = pageDeps(),
): Promise<ShareOutcome> {
  const share = (status: ShareInput['status']): ShareInput => ({
    ...about,
    channel: 'linkedin',
    text: request.text,
    ownWords: request.ownWords,
    status,
  });
  const noteLayout = (layout: LinkedInLayout) => {
    // Only for the employee's own Settings page ("last layout seen"); it stays on this machine.
    deps.send({ type: 'linkedin/layout', layout }).catch(() => undefined);
  };

  const copyInstead = async (): Promise<ShareOutcome> => {
    try {
      await deps.copy(request.text);
    } catch {
      return { ok: false, reason: t('overlay.copyFailed') };
    }
    const recorded = await deps.send({ type: 'shares/record', share: share('copied') });
    if (!recorded.ok) logger.warn('recording a copied share', recorded.reason);
    return { ok: true, message: t('overlay.copiedPaste', { key: PASTE_KEY }) };
  };

  const scan = scanForComposer(deps.doc);
  if (scan.kind === 'found') {
    const found = scan.composer;
    const inserted = await insertIntoComposer(found, request.text, deps.insert);
    if (!inserted.took) {
      noteLayout('unknown');
      return copyInstead();
    }
    noteLayout(found.strategy);
    const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
    if (recorded.ok) {
      watchComposer(found, (status) => {
        deps.send({ type: 'shares/update-status', id: recorded.data.id, status }).catch(() => undefined);
      });
    }
    return {
      ok: true,
      message: t(inserted.postEnabled === false ? 'overlay.insertedPostDisabled' : 'overlay.inserted'),
    };
  }
  if (scan.kind === 'unknown') {
    noteLayout('unknown');
    return copyInstead();
  }

  const onShareUrl = new URL(deps.doc.location.href).searchParams.get('shareActive') === 'true';
  if (onShareUrl || !request.intent) {
    noteLayout('unknown');
    return copyInstead();
  }
  noteLayout('share-url');
  const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
  if (!recorded.ok) return { ok: false, reason: recorded.reason };
  deps.navigate(request.intent.url);
  return { ok: true, message: t('overlay.opening') };
}
