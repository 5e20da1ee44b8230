import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ROLES, type Role } from '../feed/types';
import { logger } from '../logger';

/**
 * IT policy (managed storage; public/managed-schema.json for Chromium, policies.json "3rdparty"
 * for Firefox). Every field is optional and read on its own: a wrong entry is skipped, and a
 * wrong field falls back to its default, so one typo in a policy never disables the rest of it.
 * A setting that restricts the employee (`allowUserFeeds`) fails closed instead: a value that is
 * not true or false ("false", 0, null) applies the restriction, since IT evidently meant to set
 * it (issue 23). Whatever was malformed is kept in `malformed`, for Settings to name.
 */
export interface ManagedPolicy {
  /** Feed URLs every employee is subscribed to; employees cannot remove them. */
  feeds: string[];
  /** false hides "Add feed": employees read only the feeds IT (or the build) set. Default true. */
  allowUserFeeds: boolean;
  /** Roles chosen for employees who have not picked any. */
  defaultRoles: Role[];
  /** Languages chosen for employees who have not picked any. */
  defaultLanguages: string[];
  /** Values the policy gave that could not be read, in the order of the fields above. */
  malformed: PolicyProblem[];
}

/** One malformed value: where it is (`allowUserFeeds`, `feeds[2]`) and what it was, as JSON. */
export interface PolicyProblem {
  setting: string;
  value: string;
}

export const NO_POLICY: ManagedPolicy = {
  feeds: [],
  allowUserFeeds: true,
  defaultRoles: [],
  defaultLanguages: [],
  malformed: [],
};

/** The value as IT wrote it, short enough for a sentence. */
function shown(value: unknown): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A list where entries of the wrong kind are left out (and named); anything but a list is an empty list. */
function entries<T>(raw: unknown, setting: string, entry: z.ZodType<T>, malformed: PolicyProblem[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    malformed.push({ setting, value: shown(raw) });
    return [];
  }
  return raw.flatMap((value: unknown, i) => {
    const parsed = entry.safeParse(value);
    if (parsed.success) return [parsed.data];
    malformed.push({ setting: `${setting}[${i}]`, value: shown(value) });
    return [];
  });
}

const languageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/);

/** Reads a policy object as IT wrote it; never throws. */
export function parseManagedPolicy(input: unknown): ManagedPolicy {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const malformed: PolicyProblem[] = [];
  const feeds = entries(raw.feeds, 'feeds', z.string().trim().min(1), malformed);
  let allowUserFeeds = true;
  if (typeof raw.allowUserFeeds === 'boolean') allowUserFeeds = raw.allowUserFeeds;
  else if ('allowUserFeeds' in raw) {
    // Present but not a boolean (null included): the restrictive value.
    allowUserFeeds = false;
    malformed.push({ setting: 'allowUserFeeds', value: shown(raw.allowUserFeeds) });
  }
  const defaultRoles = entries(raw.defaultRoles, 'defaultRoles', z.enum(ROLES), malformed);
  const defaultLanguages = entries(raw.defaultLanguages, 'defaultLanguages', languageTag, malformed);
  return {
    feeds: [...new Set(feeds)],
    allowUserFeeds,
    defaultRoles: [...new Set(defaultRoles)],
    defaultLanguages: [...new Set(defaultLanguages)],
    malformed,
  };
}

/**
 * The policy in force. Browsers without a policy answer with nothing or throw (Firefox without
 * enterprise policies); both mean "no policy".
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get(null));
  } catch (error) {
    logger.warn('managed storage unavailable', error);
    return NO_POLICY;
  }
}

/** Feeds preset by IT policy. */
export async function readManagedFeeds(): Promise<string[]> {
  return (await readManagedPolicy()).feeds;
}

/** The parts of a storage item the policy needs (WXT's `defineItem` items fit). */
export interface ValueItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

/** What the extension remembers about the policy: the gate for "Add feed", and defaults already applied. */
export interface PolicySettings {
  allowUserFeeds: boolean;
  appliedDefaultRoles: Role[];
  appliedDefaultLanguages: string[];
  /** What Settings tells the employee IT got wrong (absent in settings stored before). */
  malformed?: PolicyProblem[];
}

export interface PolicyTargets {
  roles: ValueItem<Role[]>;
  languages: ValueItem<string[]>;
  policy: ValueItem<PolicySettings>;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Stores `allowUserFeeds` and gives employees who have not picked roles or languages the
 * policy's defaults. A default is applied once per policy value: an employee who then clears
 * it is not overruled at the next start, but a changed policy default is offered again.
 */
export async function applyPolicySettings(policy: ManagedPolicy, targets: PolicyTargets): Promise<void> {
  const previous = await targets.policy.getValue();
  let appliedDefaultRoles = previous.appliedDefaultRoles;
  let appliedDefaultLanguages = previous.appliedDefaultLanguages;
  if (policy.defaultRoles.length > 0 && !sameList(policy.defaultRoles, appliedDefaultRoles)) {
    if ((await targets.roles.getValue()).length === 0) await targets.roles.setValue(policy.defaultRoles);
    appliedDefaultRoles = policy.defaultRoles;
  }
  if (policy.defaultLanguages.length > 0 && !sameList(policy.defaultLanguages, appliedDefaultLanguages)) {
    if ((await targets.languages.getValue()).length === 0)
      await targets.languages.setValue(policy.defaultLanguages);
    appliedDefaultLanguages = policy.defaultLanguages;
  }
  await targets.policy.setValue({
    allowUserFeeds: policy.allowUserFeeds,
    appliedDefaultRoles,
    appliedDefaultLanguages,
    malformed: policy.malformed,
  });
}
