import type { SuggestionNetwork } from '../feed/types';
import type { ShareChannel } from './types';
import { t } from '../i18n';

export const NETWORK_LABELS: Record<SuggestionNetwork | ShareChannel, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  // Brand names stay as they are in every language; these two are words, read when shown.
  get any() {
    return t('network.any');
  },
  get clipboard() {
    return t('network.clipboard');
  },
};
