import { logger } from '../logger';
import type { sendToBackground } from '../messaging';
import type { ShareAbout } from '../share/share-about';
import type { ShareOutcome, ShareRequest } from '../share/types';
import { t } from '../i18n';

export interface CopyDeps {
  send: typeof sendToBackground;
  copy: (text: string) => Promise<void>;
  /** `navigator.platform`, for the paste key the employee's keyboard has. */
  platform: string;
}

/**
 * Where LinkedIn's composer can't take the text: the panel copies it, since the click (and the
 * clipboard permission of the frame) is there, and says how to paste. Recorded as "copied".
 */
export async function copyInstead(
  request: ShareRequest,
  about: ShareAbout,
  deps: CopyDeps,
): Promise<ShareOutcome> {
  try {
    await deps.copy(request.text);
  } catch {
    return { ok: false, reason: t('overlay.copyFailed') };
  }
  const recorded = await deps.send({
    type: 'shares/record',
    share: {
      ...about,
      channel: 'linkedin',
      text: request.text,
      ownWords: request.ownWords,
      status: 'copied',
    },
  });
  if (!recorded.ok) logger.warn('recording a copied share', recorded.reason);
  const key = /Mac|iPhone|iPad/.test(deps.platform) ? '⌘V' : 'Ctrl+V';
  return { ok: true, message: t('overlay.copiedPaste', { key }) };
}
