import { storage } from 'wxt/utils/storage';
import type { Role } from '@/shared/feed/types';
import type { VoiceSettings } from '@/shared/share/types';

/** The roles the employee picked; their items rank first. Empty: no preference. */
export const rolesItem = storage.defineItem<Role[]>('local:roles', { fallback: [] });

/** Languages the employee picked; empty means every language shows. */
export const languagesItem = storage.defineItem<string[]>('local:languages', { fallback: [] });

export const voiceItem = storage.defineItem<VoiceSettings>('local:voice', {
  fallback: { signOff: '', favoriteHashtags: [], mastodonInstance: '' },
});

/** The item open in the popup, so reopening it (it closes whenever it loses focus) returns there. */
export const openItemItem = storage.defineItem<{ feedUrl: string; id: string } | null>(
  'local:popupOpenItem',
  {
    fallback: null,
  },
);
