/**
 * Turns zod issues into sentences an organizer can act on, and repairs a document by dropping or
 * cutting the parts that broke a rule, so that a bad link or an over-long text costs one field,
 * not the whole item or feed.
 */
import type { z } from 'zod';

export type PathKey = string | number;
export type Issue = z.core.$ZodIssue;

/** How to recover from an issue: leave the part out, or cut a text to `max` characters. */
export type Repair = { kind: 'drop'; at: PathKey[] } | { kind: 'truncate'; at: PathKey[]; max: number };

/** null means the issue cannot be repaired: the item is skipped, or the feed rejected. */
export type RepairRule = (issue: Issue) => Repair | null;

export interface Repaired {
  issue: Issue;
  repair: Repair;
  /** The value the issue was about, before the repair. */
  value: unknown;
}

export type RepairResult<T> =
  { ok: true; data: T; repaired: Repaired[] } | { ok: false; issues: Issue[]; input: unknown };

const DROPPED: unique symbol = Symbol('dropped');

/** `items[3]._ownvoice.refresh_minutes` style; `base` is prefixed (e.g. `items[3]`). */
export function formatPath(path: readonly PropertyKey[], base = ''): string {
  let out = base;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a path must never reach `constructor` or `__proto__` through the prototype. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string' && Object.hasOwn(current, key))
      current = current[key];
    else return undefined;
  }
  return current;
}

/** Human description of a value for a message ("5", "\"javascript:…\"", "a list of 3 entries"). */
export function describeValue(value: unknown, issue?: Issue): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (issue?.code === 'too_big' || value.length > 80)
      return `${value.length.toLocaleString('en-US')} characters long`;
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length.toLocaleString('en-US')} entries`;
  return 'an object';
}

/** "`path` is <value>; it must be <rule>" — the rule phrase comes from the schema's `error`. */
export function describeIssue(issue: Issue, root: unknown, base = ''): { path: string; message: string } {
  const path = formatPath(issue.path, base);
  const value = valueAt(root, issue.path);
  return { path, message: `\`${path}\` is ${describeValue(value, issue)}; it must be ${issue.message}` };
}

function copyContainer(value: object): object {
  // Object.fromEntries defines own data properties, so a `__proto__` key stays an inert key.
  return Array.isArray(value) ? [...(value as unknown[])] : Object.fromEntries(Object.entries(value));
}

/** Applies repairs copy-on-write: only containers on a repaired path are copied. */
export function applyRepairs(root: unknown, repairs: readonly Repair[]): unknown {
  if (typeof root !== 'object' || root === null) return root;
  const fresh = new Set<object>();
  const touchedArrays = new Set<unknown[]>();
  const newRoot = copyContainer(root);
  fresh.add(newRoot);
  for (const repair of repairs) {
    let parent: object = newRoot;
    let reachable = true;
    for (const key of repair.at.slice(0, -1)) {
      const child = valueAt(parent, [key]);
      if (typeof child !== 'object' || child === null) {
        reachable = false;
        break;
      }
      const copy = fresh.has(child) ? child : copyContainer(child);
      fresh.add(copy);
      (parent as Record<PropertyKey, unknown>)[key] = copy;
      parent = copy;
    }
    const last = repair.at.at(-1);
    if (!reachable || last === undefined) continue;
    const target = parent as Record<PropertyKey, unknown>;
    if (repair.kind === 'truncate') {
      const current = target[last];
      if (typeof current === 'string') target[last] = cutText(current.trim(), repair.max);
    } else if (Array.isArray(parent)) {
      target[last] = DROPPED;
      touchedArrays.add(parent);
    } else {
      Reflect.deleteProperty(target, last);
    }
  }
  for (const array of touchedArrays) {
    const kept = array.filter((entry) => entry !== DROPPED);
    array.length = 0;
    array.push(...kept);
  }
  return newRoot;
}

/** Cuts to at most `max` UTF-16 units without leaving half of a surrogate pair. */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  const lastCode = cut.charCodeAt(cut.length - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/**
 * Parses, and while every issue has a repair, applies the repairs and parses again. Repairs are
 * reported once per repaired place (several issues inside one dropped suggestion are one drop).
 */
export function parseWithRepairs<S extends z.ZodType>(
  schema: S,
  input: unknown,
  rule: RepairRule,
  maxPasses = 4,
): RepairResult<z.output<S>> {
  let current = input;
  const repaired: Repaired[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = schema.safeParse(current);
    if (result.success) return { ok: true, data: result.data, repaired };
    const issues = result.error.issues;
    const unrepairable = issues.filter((issue) => rule(issue) === null);
    if (unrepairable.length > 0) return { ok: false, issues: unrepairable, input: current };
    const seen = new Set<string>();
    const repairs: Repair[] = [];
    for (const issue of issues) {
      const repair = rule(issue);
      if (!repair) continue;
      const key = JSON.stringify(repair.at);
      if (seen.has(key)) continue;
      seen.add(key);
      repairs.push(repair);
      repaired.push({ issue, repair, value: valueAt(current, issue.path) });
    }
    current = applyRepairs(current, repairs);
  }
  const last = schema.safeParse(current);
  if (last.success) return { ok: true, data: last.data, repaired };
  return { ok: false, issues: last.error.issues, input: current };
}

/** The warning sentence for a repair, e.g. "…; it must be an https:// link, so it was left out". */
export function describeRepair(entry: Repaired, base = ''): { path: string; message: string } {
  const path = formatPath(entry.issue.path, base);
  const what = describeValue(entry.value, entry.issue);
  const dropped = formatPath(entry.repair.at, base);
  const outcome =
    entry.repair.kind === 'truncate'
      ? `so it was cut to ${entry.repair.max.toLocaleString('en-US')} characters`
      : dropped === path
        ? 'so it was left out'
        : `so \`${dropped}\` was left out`;
  return { path, message: `\`${path}\` is ${what}; it must be ${entry.issue.message}, ${outcome}` };
}
