import type { SuggestionNetwork } from '../feed/types';
import type { ShareChannel } from './types';

export const NETWORK_LABELS: Record<SuggestionNetwork | ShareChannel, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  any: 'Any network',
  clipboard: 'Clipboard',
};
