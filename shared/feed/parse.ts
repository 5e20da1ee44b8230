/**
 * Feed document → ParsedFeed. The top level follows "reject the whole feed" rules (every broken
 * rule is reported, with its JSON path); items follow "skip or drop with a warning" rules
 * (parse-item.ts). Nothing here renders or trusts HTML.
 */
import {
  describeIssue,
  describeRepair,
  describeValue,
  parseWithRepairs,
  type Issue,
  type Repair,
  type Repaired,
} from './issues';
import { parseItem, definedOnly } from './parse-item';
import { problem, verbatim, type Problem } from './problems';
import { parseXmlFeed } from './parse-xml';
import { cleanList, cleanText } from './plain-text';
import { feedEnvelopeSchema, type WireFeed } from './schema';
import {
  FEED_LIMITS,
  type FeedError,
  type FeedItem,
  type FeedMeta,
  type FeedWarning,
  type ParseResult,
} from './types';
import { sniffXmlFeed } from './xml-text';

/**
 * Only what the format needs to be a feed at all (and a format from a newer Ownvoice, whose rules
 * this one cannot know) rejects the document; every optional feed-level field costs only itself.
 */
const REQUIRED = new Set(['version', 'title', 'items']);
const CUTTABLE_TEXTS = new Set(['description', '_ownvoice.guidelines.notes']);
/** Lists where one bad entry is left out rather than the whole list. */
const ENTRY_LISTS = new Set(['_ownvoice.guidelines.blocked_terms', '_ownvoice.guidelines.caution_terms']);

function feedRepair(issue: Issue): Repair | null {
  const at = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const [first] = at;
  if (first === undefined || REQUIRED.has(String(first))) return null;
  const dotted = at.join('.');
  if (dotted === '_ownvoice.schema') return null;
  const field = first === '_ownvoice' ? at.slice(0, 3) : at.slice(0, 1);
  const fieldPath = field.join('.');
  if (issue.code === 'too_big' && CUTTABLE_TEXTS.has(fieldPath)) {
    return { kind: 'truncate', at, max: Number(issue.maximum) };
  }
  if (ENTRY_LISTS.has(fieldPath) && typeof at[3] === 'number') return { kind: 'drop', at: at.slice(0, 4) };
  return { kind: 'drop', at: field };
}

/** A guideline the organizer wrote could not be read: the composer says the list is incomplete. */
function dropsGuideline(entry: Repaired): boolean {
  const [first, second] = entry.repair.at;
  return (
    entry.repair.kind === 'drop' && first === '_ownvoice' && (second === undefined || second === 'guidelines')
  );
}

/** One text, or a list with one do or don't per entry: kept as lines of one text (see README). */
function notesText(notes: string | string[] | undefined): string | undefined {
  if (notes === undefined) return undefined;
  const list = typeof notes === 'string' ? [notes] : notes;
  const lines = cleanList(list.flatMap((note) => note.split(/\r\n?|\n/)));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function rejected(errors: FeedError[]): ParseResult {
  return { ok: false, errors };
}

function rejectedDocument(reason: Problem): ParseResult {
  return rejected([{ path: '(root)', ...reason }]);
}

function toMeta(data: WireFeed, guidelinesIncomplete: boolean): FeedMeta {
  const ov = data._ownvoice;
  const g = ov?.guidelines;
  const disclosureText = cleanText(g?.disclosure?.text);
  return {
    // The schema requires a non-empty title; cleaning can only remove invisible characters.
    title: cleanText(data.title) ?? data.title,
    ...definedOnly({
      homePageUrl: data.home_page_url,
      feedUrl: data.feed_url,
      description: cleanText(data.description),
      icon: data.icon,
      favicon: data.favicon,
      language: cleanText(data.language),
      organization: cleanText(ov?.organization),
      contact: cleanText(ov?.contact),
    }),
    refreshMinutes: ov?.refresh_minutes ?? FEED_LIMITS.defaultRefreshMinutes,
    guidelines: {
      ...definedOnly({ url: g?.url, notes: notesText(g?.notes) }),
      ...(guidelinesIncomplete ? { incomplete: true } : {}),
      ...(disclosureText === undefined
        ? {}
        : { disclosure: { text: disclosureText, required: g?.disclosure?.required ?? true } }),
      blockedTerms: cleanList(g?.blocked_terms),
      cautionTerms: cleanList(g?.caution_terms),
      minOwnWords: g?.min_own_words ?? 0,
    },
    utm: definedOnly({
      source: cleanText(ov?.utm?.source),
      medium: cleanText(ov?.utm?.medium),
      campaign: cleanText(ov?.utm?.campaign),
    }),
  };
}

/** Validates a decoded JSON value. */
export function parseFeed(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return rejectedDocument(problem('doc.notObject', { value: describeValue(input) }));
  }
  const top = parseWithRepairs(feedEnvelopeSchema, input, feedRepair);
  if (!top.ok) {
    const seen = new Set<string>();
    const errors: FeedError[] = [];
    for (const issue of top.issues) {
      const error = describeIssue(issue, top.input);
      const key = JSON.stringify(error);
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(error);
      }
    }
    return rejected(errors);
  }
  const warnings: FeedWarning[] = top.repaired.map((entry) => describeRepair(entry));
  const items: FeedItem[] = [];
  const seenIds = new Set<string>();
  top.data.items.forEach((raw, index) => {
    const outcome = parseItem(raw, index, seenIds);
    if (outcome.item) items.push(outcome.item);
    warnings.push(...outcome.warnings);
  });
  const guidelinesIncomplete = top.repaired.some(dropsGuideline);
  return { ok: true, feed: { meta: toMeta(top.data, guidelinesIncomplete), items }, warnings };
}

/** Validates the text of a fetched or read document: a JSON Feed, or an RSS 2.0 or Atom 1.0 feed. */
export function parseFeedText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return rejectedDocument(problem('doc.empty'));
  if (body.startsWith('<')) {
    // RSS 2.0 and Atom 1.0 are read as the same items (parse-xml.ts); other XML and HTML are not feeds.
    if (sniffXmlFeed(body)) return parseXmlFeed(body);
    const xml = /^<\?xml|^<(rss|feed|rdf:RDF)[\s>]/i.test(body) && !/<html[\s>]/i.test(body.slice(0, 2000));
    return rejectedDocument(problem(xml ? 'doc.xmlNotFeed' : 'doc.html'));
  }
  // The transport stops at 5 MB; a document read another way (a file, pasted text) meets the same limit.
  if (
    body.length > FEED_LIMITS.maxBytes / 3 &&
    new TextEncoder().encode(body).byteLength > FEED_LIMITS.maxBytes
  ) {
    return rejectedDocument(problem('doc.tooLarge', { mb: FEED_LIMITS.maxBytes / (1024 * 1024) }));
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return rejectedDocument(problem('doc.notJson', { detail: verbatim(reason) }));
  }
  return parseFeed(value);
}
