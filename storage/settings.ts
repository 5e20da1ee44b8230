import { storage } from 'wxt/utils/storage';
import type { Role } from '@/shared/feed/types';

/** The roles the employee picked; their items rank first. Empty: no preference. */
export const rolesItem = storage.defineItem<Role[]>('local:roles', { fallback: [] });

/** Languages the employee picked; empty means every language shows. */
export const languagesItem = storage.defineItem<string[]>('local:languages', { fallback: [] });

/** The employee's own voice: a sign-off and favourite hashtags they can insert with one click. */
export interface VoiceSettings {
  signOff: string;
  favoriteHashtags: string[];
  /** Their Mastodon server (e.g. `mastodon.social`), for the Mastodon share target. */
  mastodonInstance: string;
}

export const voiceItem = storage.defineItem<VoiceSettings>('local:voice', {
  fallback: { signOff: '', favoriteHashtags: [], mastodonInstance: '' },
});
