/**
 * Settings read back through a schema. storage.local outlives every version of the extension and
 * anything (an old build, a sync glitch, a hand edit in DevTools) may have left a value of the
 * wrong shape there; a setting that does not fit reads as its default, logged once, and nothing
 * else (feeds, history) is touched. zod/mini keeps this small enough for the popup.
 */
import * as z from 'zod/mini';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { ROLES } from '@/shared/feed/types';
import type { PolicyTargets, ValueItem } from '@/shared/platform/managed';
import { logger } from '@/shared/logger';
import { languagesItem, policyItem, rolesItem } from './settings';

// As in shared/feed/schema.ts: never probe `Function('')` under the extension's CSP.
z.config({ jitless: true });

const strings = z.array(z.string());
const roles = z.array(z.enum(ROLES));

/** The shape of every settings item in settings.ts, by storage key. */
const SCHEMAS: Record<string, z.ZodMiniType> = {
  'local:roles': roles,
  'local:languages': strings,
  'local:voice': z.object({ signOff: z.string(), favoriteHashtags: strings, mastodonInstance: z.string() }),
  'local:policy': z.object({
    allowUserFeeds: z.boolean(),
    appliedDefaultRoles: roles,
    appliedDefaultLanguages: strings,
  }),
  'local:popupOpenItem': z.nullable(z.object({ feedUrl: z.string(), id: z.string() })),
  'local:weeklyGoal': z.nullable(z.number()),
  'local:badgeEnabled': z.boolean(),
  'local:newItemsNotify': z.boolean(),
  'local:seenItems': z.nullable(z.object({ at: z.number(), keys: strings })),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SettingItem<T> = Pick<WxtStorageItem<T, any>, 'key' | 'fallback' | 'getValue' | 'setValue'>;

const warned = new Set<string>();

/** `value` if it fits the item's schema (or `schema`), else the item's default. */
export function validSetting<T>(
  item: Pick<SettingItem<T>, 'key' | 'fallback'>,
  value: unknown,
  schema?: z.ZodMiniType,
): T {
  const rule = schema ?? SCHEMAS[item.key];
  if (value === null || value === undefined) return item.fallback;
  if (!rule) return value as T;
  const parsed = rule.safeParse(value);
  if (parsed.success) return parsed.data as T;
  if (!warned.has(item.key)) logger.warn(`setting ${item.key} had an unexpected value; using the default`);
  warned.add(item.key);
  return item.fallback;
}

/** Reads a setting; a value of the wrong shape, or a failed read, gives the default. */
export async function readSetting<T>(item: SettingItem<T>, schema?: z.ZodMiniType): Promise<T> {
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
