import { storage } from 'wxt/utils/storage';
import type { Role } from '@/shared/feed/types';
import type { PolicySettings } from '@/shared/platform/managed';
import type { VoiceSettings } from '@/shared/share/types';
import type { LayoutSeen } from '@/shared/linkedin/layouts';

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

/**
 * What IT policy decided (shared/platform/managed.ts): `allowUserFeeds` false means the popup and
 * options page hide "Add feed"; the applied defaults keep a cleared role or language from coming back.
 */
export const policyItem = storage.defineItem<PolicySettings>('local:policy', {
  fallback: { allowUserFeeds: true, appliedDefaultRoles: [], appliedDefaultLanguages: [] },
});

/** My history: how many shares a week the employee aims for; null (the default) means no goal. */
export const weeklyGoalItem = storage.defineItem<number | null>('local:weeklyGoal', { fallback: null });

/** The toolbar badge counts items that arrived since the popup was last opened; on by default. */
export const badgeEnabledItem = storage.defineItem<boolean>('local:badgeEnabled', { fallback: true });

/** A notification when new items arrive; off until the employee turns it on. */
export const newItemsNotifyItem = storage.defineItem<boolean>('local:newItemsNotify', { fallback: false });

/** The items (`feedUrl\nid`) there were when the popup was last opened, and when; null before the first time. */
export const seenItemsItem = storage.defineItem<{ at: number; keys: string[] } | null>('local:seenItems', {
  fallback: null,
});

/** The LinkedIn composer layout "Put in LinkedIn post" met last, for Settings; null before the first time. */
export const linkedinLayoutItem = storage.defineItem<LayoutSeen | null>('local:linkedinLayout', {
  fallback: null,
});
