import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';
import { NETWORK_LABELS } from '../share/network-labels';
import type { ShareAbout } from '../share/share-about';
import type { ShareInput, ShareOutcome, ShareRequest } from '../share/types';
import { t } from '../i18n';

export interface ShareEffects {
  copy: (text: string) => Promise<void>;
  openTab: (url: string) => Promise<unknown>;
  record: (share: ShareInput) => Promise<{ ok: boolean; reason?: string }>;
}

export const browserShareEffects: ShareEffects = {
  copy: (text) => navigator.clipboard.writeText(text),
  openTab: (url) => browser.tabs.create({ url }),
  record: (share) => sendToBackground({ type: 'shares/record', share }),
};

/**
 * Carries out a share the employee asked for. The history entry is written first and the tab
 * opened last, because opening a tab closes the popup and stops this page mid-way.
 */
export async function performShare(
  request: ShareRequest,
  about: ShareAbout,
  effects: ShareEffects = browserShareEffects,
): Promise<ShareOutcome> {
  const copies = request.channel === 'clipboard' || request.intent?.copyFirst === true;
  if (copies) {
    try {
      await effects.copy(request.text);
    } catch {
      return { ok: false, reason: t('shareOutcome.copyFailed') };
    }
  }
  const recorded = await effects.record({
    ...about,
    channel: request.channel,
    text: request.text,
    ownWords: request.ownWords,
    status: request.intent ? 'opened' : 'copied',
  });
  if (!recorded.ok) return { ok: false, reason: recorded.reason ?? t('shareOutcome.recordFailed') };
  if (request.intent) await effects.openTab(request.intent.url);
  if (request.channel === 'clipboard') return { ok: true, message: t('shareOutcome.copied') };
  const network = NETWORK_LABELS[request.channel];
  return {
    ok: true,
    message: copies ? t('shareOutcome.copiedAndOpened', { network }) : t('shareOutcome.opened', { network }),
  };
}
