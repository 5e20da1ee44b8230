/**
 * One item: validated on its own, so a bad item costs only itself. Broken links, dates, roles,
 * suggestions and list entries are left out with a warning; over-long texts are cut with a
 * warning; a missing or unreadable id, a non-object, or a main text of the wrong type skips the item.
 */
import {
  describeIssue,
  describeRepair,
  describeValue,
  formatPath,
  parseWithRepairs,
  cutText,
  type Issue,
  type Repair,
} from './issues';
import { cleanList, cleanText, htmlToPlainText } from './plain-text';
import { problem, type Problem } from './problems';
import { itemSchema, TEXT_LIMITS } from './schema';
import type { FeedItem, FeedWarning } from './types';

const MAIN_TEXTS = new Set(['title', 'summary', 'content_text', 'content_html']);
/** Lists where one bad entry is left out rather than the whole list. */
const ENTRY_LISTS = new Set(['tags', 'suggestions', 'prompts', 'roles', 'hashtags', 'networks']);

function itemRepair(issue: Issue): Repair | null {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const [first, second] = path;
  if (first === undefined || first === 'id') return null;
  if (typeof first === 'string' && MAIN_TEXTS.has(first)) {
    return issue.code === 'too_big' && path.length === 1
      ? { kind: 'truncate', at: path, max: Number(issue.maximum) }
      : null;
  }
  if (first === 'tags') return { kind: 'drop', at: path.slice(0, 2) };
  if (first === '_ownvoice' && typeof second === 'string') {
    return { kind: 'drop', at: path.slice(0, ENTRY_LISTS.has(second) ? 3 : 2) };
  }
  return { kind: 'drop', at: path.slice(0, 1) };
}

/** The item's id as a reader would quote it, when there is one. */
export function readableId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'id')) return undefined;
  const id: unknown = (raw as { id: unknown }).id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id === 'string' && id.trim() !== '') return cutText(id.trim(), 200);
  return undefined;
}

function epoch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A skipped item still reports what was left out of it first: that is often why it is empty. */
export type ItemOutcome = { ok: boolean; item?: FeedItem; warnings: FeedWarning[] };

/** Validates `items[index]`; `seenIds` is shared across the feed to skip later duplicates. */
export function parseItem(raw: unknown, index: number, seenIds: Set<string>): ItemOutcome {
  const base = `items[${index}]`;
  const itemId = readableId(raw);
  const warnings: FeedWarning[] = [];
  const warn = (path: string, described: Problem): FeedWarning => ({
    path,
    index,
    ...(itemId === undefined ? {} : { itemId }),
    ...described,
  });
  const skip = (reason: Problem): ItemOutcome => ({
    ok: false,
    warnings: [...warnings, warn(base, problem('item.skipped', { reason }))],
  });

  const result = parseWithRepairs(itemSchema, raw, itemRepair);
  if (!result.ok) {
    const first = result.issues[0];
    if (!first) return skip(problem('item.unreadable'));
    if (first.path.length === 0) return skip(problem('item.notObject', { value: describeValue(raw) }));
    const invalid = describeIssue(first, result.input, base);
    return skip(problem(invalid.code, invalid.params));
  }
  for (const entry of result.repaired) {
    const { path, ...described } = describeRepair(entry, base);
    warnings.push(warn(path, described));
  }
  const data = result.data;

  const id = typeof data.id === 'number' ? String(data.id) : data.id.trim();
  if (id === '') return skip(problem('item.idEmpty'));
  if (id.length > TEXT_LIMITS.id) return skip(problem('item.idTooLong', { max: TEXT_LIMITS.id }));
  if (seenIds.has(id)) return skip(problem('item.idDuplicate', { id: JSON.stringify(id) }));

  let contentText = cleanText(data.content_text);
  if (contentText === undefined && data.content_html !== undefined) {
    contentText = cleanText(htmlToPlainText(data.content_html));
  }
  if (contentText !== undefined && contentText.length > TEXT_LIMITS.content) {
    const path = formatPath(['content_html'], base);
    warnings.push(warn(path, problem('field.contentCut', { path, max: TEXT_LIMITS.content })));
    contentText = cutText(contentText, TEXT_LIMITS.content);
  }

  const ov = data._ownvoice;
  const suggestions = (ov?.suggestions ?? []).flatMap((s) => {
    const text = cleanText(s.text);
    if (text === undefined) return [];
    const language = cleanText(s.language);
    return [{ text, network: s.network, ...(language === undefined ? {} : { language }) }];
  });
  const title = cleanText(data.title);
  const summary = cleanText(data.summary);
  if (
    data.url === undefined &&
    title === undefined &&
    summary === undefined &&
    contentText === undefined &&
    suggestions.length === 0
  ) {
    return skip(problem('item.nothingToShare'));
  }
  seenIds.add(id);

  const optional = definedOnly({
    url: data.url,
    externalUrl: data.external_url,
    title,
    summary,
    contentText,
    image: data.image,
    datePublished: epoch(data.date_published),
    dateModified: epoch(data.date_modified),
    language: cleanText(data.language),
    campaign: cleanText(ov?.campaign),
    expiresAt: epoch(ov?.expires_at),
  });
  const item: FeedItem = {
    id,
    ...optional,
    tags: cleanList(data.tags),
    suggestions,
    prompts: cleanList(ov?.prompts),
    roles: [...new Set(ov?.roles ?? [])],
    hashtags: cleanList(ov?.hashtags),
    networks: [...new Set(ov?.networks ?? [])],
    pinned: ov?.pinned ?? false,
  };
  return { ok: true, item, warnings };
}

/** Absent stays absent (no `key: undefined`), so stored items compare and serialize cleanly. */
export function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
