/**
 * Turns zod issues into problems an organizer can act on (codes, said in each page's language),
 * and repairs a document by dropping or cutting the parts that broke a rule, so that a bad link or
 * an over-long text costs one field, not the whole item or feed.
 */
import type { z } from 'zod';
import { problem, readRuleToken, verbatim, type Problem } from './problems';

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

/** How a value is described in a problem ("5", "\"javascript:…\"", "a list of 3 entries"). */
export function describeValue(value: unknown, issue?: Issue): Problem {
  if (value === undefined) return problem('value.missing');
  if (value === null) return problem('value.null');
  if (typeof value === 'string') {
    if (issue?.code === 'too_big' || value.length > 80) return problem('value.long', { count: value.length });
    return problem('value.literal', { text: JSON.stringify(value) });
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return problem('value.literal', { text: String(value) });
  if (Array.isArray(value)) return problem('value.list', { count: value.length });
  return problem('value.object');
}

/** The schema's rule for an issue (schema.ts writes each as a token); zod's own words otherwise. */
export function ruleOf(issue: Issue): Problem {
  return readRuleToken(issue.message) ?? verbatim(issue.message);
}

/** "`path` is <value>; it must be <rule>", as a problem with the path beside it. */
export function describeIssue(issue: Issue, root: unknown, base = ''): Problem & { path: string } {
  const path = formatPath(issue.path, base);
  const value = valueAt(root, issue.path);
  return {
    path,
    ...problem('field.invalid', { path, value: describeValue(value, issue), rule: ruleOf(issue) }),
  };
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

/** The warning for a repair: "…; it must be an https:// link, so it was left out". */
export function describeRepair(entry: Repaired, base = ''): Problem & { path: string } {
  const path = formatPath(entry.issue.path, base);
  const params = { path, value: describeValue(entry.value, entry.issue), rule: ruleOf(entry.issue) };
  const dropped = formatPath(entry.repair.at, base);
  const described =
    entry.repair.kind === 'truncate'
      ? problem('field.cut', { ...params, max: entry.repair.max })
      : dropped === path
        ? problem('field.dropped', params)
        : problem('field.droppedPart', { ...params, dropped });
  return { path, ...described };
}
