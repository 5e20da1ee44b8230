import { findComposer, unknownComposerOpen } from '@/shared/linkedin/find-composer';
import { insertIntoEditor } from '@/shared/linkedin/insert-text';
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
 * 1. A composer is open: insert the text as typing would, then watch that composer only.
 * 2. None is open: navigate this tab to LinkedIn's own share URL, which opens it with the text.
 * 3. A layout we don't know, or the share URL did not open one: copy, and say how to paste.
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

  const found = findComposer(deps.doc);
  if (found) {
    if (!insertIntoEditor(found.editor, request.text)) return copyInstead();
    const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
    if (recorded.ok) {
      watchComposer(found, (status) => {
        deps.send({ type: 'shares/update-status', id: recorded.data.id, status }).catch(() => undefined);
      });
    }
    return {
      ok: true,
      message: t('overlay.inserted'),
    };
  }

  const onShareUrl = new URL(deps.doc.location.href).searchParams.get('shareActive') === 'true';
  if (unknownComposerOpen(deps.doc) || onShareUrl || !request.intent) return copyInstead();

  const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
  if (!recorded.ok) return { ok: false, reason: recorded.reason };
  deps.navigate(request.intent.url);
  return { ok: true, message: t('overlay.opening') };
}
