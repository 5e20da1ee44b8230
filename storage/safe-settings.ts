/**
 * Settings read back through a schema. storage.local outlives every version of the extension and
 * anything (an old build, a sync glitch, a hand edit in DevTools) may have left a value of the
 * wrong shape there; a setting that does not fit reads as its default, logged once, and nothing
 * else (feeds, history) is touched. The shapes are checked by a few small guards rather than
 * zod: every extension page reads settings, and zod's core would add ~14 KB to the popup.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import { ROLES } from '@/shared/feed/types';
import { LINKEDIN_LAYOUTS } from '@/shared/linkedin/layouts';
import type { PolicyTargets, ValueItem } from '@/shared/platform/managed';
import { logger } from '@/shared/logger';
import { languagesItem, policyItem, rolesItem } from './settings';

/** Whether a stored value has the shape a setting expects. */
export type Guard = (value: unknown) => boolean;

const isString: Guard = (v) => typeof v === 'string';
const isBoolean: Guard = (v) => typeof v === 'boolean';
const isNumber: Guard = (v) => typeof v === 'number' && Number.isFinite(v);
const arrayOf =
  (item: Guard): Guard =>
  (v) =>
    Array.isArray(v) && v.every(item);
const nullable =
  (inner: Guard): Guard =>
  (v) =>
    v === null || inner(v);
const objectOf =
  (shape: Record<string, Guard>): Guard =>
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(shape).every(([key, guard]) => guard((v as Record<string, unknown>)[key]));

const strings = arrayOf(isString);
const roles = arrayOf((v) => typeof v === 'string' && (ROLES as readonly string[]).includes(v));

/** The shape of every settings item in settings.ts, by storage key. */
const SCHEMAS: Record<string, Guard> = {
  'local:roles': roles,
  'local:languages': strings,
  'local:voice': objectOf({ signOff: isString, favoriteHashtags: strings, mastodonInstance: isString }),
  'local:policy': objectOf({
    allowUserFeeds: isBoolean,
    appliedDefaultRoles: roles,
    appliedDefaultLanguages: strings,
    // Absent in records stored before issue 23; Settings lists it, so a wrong shape must not pass.
    malformed: (v) => v === undefined || arrayOf(objectOf({ setting: isString, value: isString }))(v),
  }),
  'local:popupOpenItem': nullable(objectOf({ feedUrl: isString, id: isString })),
  'local:weeklyGoal': nullable(isNumber),
  'local:badgeEnabled': isBoolean,
  'local:newItemsNotify': isBoolean,
  'local:seenItems': nullable(objectOf({ at: isNumber, keys: strings })),
  'local:linkedinLayout': nullable(
    objectOf({ layout: (v) => (LINKEDIN_LAYOUTS as readonly unknown[]).includes(v), at: isNumber }),
  ),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SettingItem<T> = Pick<WxtStorageItem<T, any>, 'key' | 'fallback' | 'getValue' | 'setValue'>;

const warned = new Set<string>();

/** `value` if it fits the item's schema (or `schema`), else the item's default. */
export function validSetting<T>(
  item: Pick<SettingItem<T>, 'key' | 'fallback'>,
  value: unknown,
  schema?: Guard,
): T {
  const rule = schema ?? SCHEMAS[item.key];
  if (value === null || value === undefined) return item.fallback;
  if (!rule || rule(value)) return value as T;
  if (!warned.has(item.key)) logger.warn(`setting ${item.key} had an unexpected value; using the default`);
  warned.add(item.key);
  return item.fallback;
}

/** Reads a setting; a value of the wrong shape, or a failed read, gives the default. */
export async function readSetting<T>(item: SettingItem<T>, schema?: Guard): Promise<T> {
  try {
    return validSetting(item, await item.getValue(), schema);
  } catch (error) {
    logger.error(`reading ${item.key}`, error);
    return item.fallback;
  }
}

/** The same item, read through its schema. */
export function safeSetting<T>(item: SettingItem<T>): ValueItem<T> {
  return { getValue: () => readSetting(item), setValue: (value) => item.setValue(value) };
}

/** What IT policy writes to, read safely (the background applies the policy at every start). */
export const safePolicyTargets: PolicyTargets = {
  roles: safeSetting(rolesItem),
  languages: safeSetting(languagesItem),
  policy: safeSetting(policyItem),
};
