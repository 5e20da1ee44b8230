/**
 * Reading fast-xml-parser's output (elements as objects, attributes as `@_name`, CDATA as
 * `#cdata`, stop nodes as raw strings) and the intermediate "draft": an RSS or Atom document
 * mapped onto JSON Feed field names, plus where each field came from, so the JSON validator's
 * warnings can name the XML element (`rss.channel.item[3].link`) instead of `items[3].url`.
 */
import { characterData, decodeXmlEntities } from './xml-text';
import { parseFeedDate } from './xml-dates';
import { describeValue } from './issues';
import { mapPaths, problem, type Problem } from './problems';
import type { FeedWarning } from './types';

export type XmlElement = Record<string, unknown>;

export function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text: entities decoded outside CDATA sections; undefined when it has none. A repeated element counts once. */
export function textOf(node: unknown): string | undefined {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return characterData(node);
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (!isElement(node)) return undefined;
  const parts: string[] = [];
  const text = node['#text'];
  if (text !== undefined) parts.push(textOf(text) ?? '');
  for (const cdata of list(node['#cdata'])) if (typeof cdata === 'string') parts.push(cdata);
  return parts.length > 0 ? parts.join('') : undefined;
}

/** The raw (undecoded) content of a stop node, for XHTML content. */
export function rawOf(node: unknown): string | undefined {
  if (Array.isArray(node)) return rawOf(node[0]);
  if (typeof node === 'string') return node;
  if (isElement(node) && typeof node['#text'] === 'string') return node['#text'];
  return undefined;
}

export function attr(node: unknown, name: string): string | undefined {
  if (Array.isArray(node)) return attr(node[0], name);
  if (!isElement(node)) return undefined;
  const value = node[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value).trim() : undefined;
}

/** A trimmed text, or undefined when empty. */
export function trimmed(value: string | undefined): string | undefined {
  const out = value?.trim();
  return out === '' ? undefined : out;
}

/** Resolves a relative link (Atom allows them, against xml:base or the feed's own page). */
export function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined || href === '') return undefined;
  if (URL.canParse(href)) return href;
  return base !== undefined && URL.canParse(href, base) ? new URL(href, base).href : href;
}

export function isImage(type: string | undefined, medium?: string): boolean {
  return medium === 'image' || (type?.toLowerCase().startsWith('image/') ?? false);
}

/** One item on its way to the JSON Feed validator. `sources` maps JSON fields to XML paths. */
export interface DraftItem {
  wire: XmlElement;
  sources: Record<string, string>;
}

export interface Draft {
  /** `rss` or `feed`: the path of "the document" in messages. */
  root: string;
  itemsPath: string;
  /** What identifies an item, for the message when nothing does (`<guid> or <link>`). */
  idSource: string;
  feed: XmlElement;
  feedSources: Record<string, string>;
  items: DraftItem[];
  /** Problems found while mapping (bad dates), already in XML terms. */
  warnings: FeedWarning[];
  /** The document has no `<channel>` and the like: rejected before validation. */
  missing?: Problem & { path: string };
}

/**
 * Reads a date into `wire[field]` as RFC 3339 (what the JSON validator expects). A date that is
 * not one is left out with a warning, as in JSON feeds.
 */
export function mapDate(
  draft: Draft,
  item: DraftItem,
  index: number,
  field: 'date_published' | 'date_modified',
  value: string | undefined,
  path: string,
): void {
  if (value === undefined) return;
  const ms = parseFeedDate(value);
  if (ms !== undefined) {
    item.wire[field] = new Date(ms).toISOString();
    item.sources[field] = path;
    return;
  }
  draft.warnings.push({
    path,
    index,
    ...problem('field.dropped', { path, value: describeValue(value), rule: problem('rule.xmlDate') }),
  });
}

// The lookahead keeps the field name whole, so the name and the rest cannot trade characters.
const ITEM_PATH = /^items\[(\d+)\](?:\.([A-Za-z_]+))?(?![A-Za-z_])(.*)$/;

/** `items[3].url` → `rss.channel.item[3].link`; paths the draft does not know stay as they are. */
export function translatePath(draft: Draft, path: string): string {
  if (path === '(root)') return draft.root;
  if (path === 'items') return draft.itemsPath;
  const m = ITEM_PATH.exec(path);
  if (m) {
    const index = Number(m[1]);
    const itemPath = `${draft.itemsPath}[${index}]`;
    if (m[2] === undefined) return itemPath + (m[3] ?? '');
    const source = draft.items[index]?.sources[m[2]];
    return `${source ?? `${itemPath}.${m[2]}`}${m[3] ?? ''}`;
  }
  const [head, ...rest] = path.split('.');
  const source = head === undefined ? undefined : draft.feedSources[head];
  return source === undefined ? path : [source, ...rest].join('.');
}

/** An item's reason to be skipped, in XML terms where the JSON one would mislead. */
function xmlSkipReason(draft: Draft, reason: Problem): Problem {
  if (reason.code === 'item.nothingToShare') return problem('item.nothingToShareXml');
  const value = reason.params?.value;
  const path = reason.params?.path;
  if (
    reason.code === 'field.invalid' &&
    typeof path === 'string' &&
    /^items\[\d+\]\.id$/.test(path) &&
    typeof value === 'object' &&
    value.code === 'value.missing'
  ) {
    return problem('item.noXmlId', { source: draft.idSource });
  }
  return reason;
}

/** Rewrites the problem's path, and every path among its parameters, into the document's terms. */
export function translateProblem<P extends Problem & { path: string }>(draft: Draft, found: P): P {
  const reason = found.code === 'item.skipped' ? found.params?.reason : undefined;
  const adapted =
    typeof reason === 'object' ? { ...found, params: { reason: xmlSkipReason(draft, reason) } } : found;
  return {
    ...mapPaths(adapted, (path) => translatePath(draft, path)),
    path: translatePath(draft, found.path),
  };
}
