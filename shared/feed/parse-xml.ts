/**
 * RSS 2.0 and Atom 1.0 → the same ParseResult as a JSON Feed. The XML is parsed with
 * fast-xml-parser (string scanning only: the service worker has no DOMParser), mapped onto
 * JSON Feed fields (xml-rss.ts, xml-atom.ts) and validated by the very same rules, limits and
 * text cleaning as a JSON feed; problems are then reported with XML paths
 * (`rss.channel.item[3].link`). An RSS or Atom feed has no `_ownvoice` data, so it gets the
 * default refresh period (60 minutes) and no posting guidelines.
 *
 * Safety: entities are never expanded by the parser. A DOCTYPE that declares entities (the
 * "billion laughs" bomb, external entities reading files or URLs) rejects the document before
 * parsing; the five predefined entities and numeric references are decoded by xml-text.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from './parse';
import { problem, verbatim, type Problem } from './problems';
import { FEED_LIMITS, type FeedError, type FeedWarning, type ParseResult } from './types';
import { atomDraft } from './xml-atom';
import { translateProblem, type Draft, type XmlElement } from './xml-nodes';
import { rssDraft } from './xml-rss';
import { readProlog, sniffXmlFeed } from './xml-text';

/** Elements that may occur more than once and are read as lists. */
const REPEATED = new Set(['item', 'entry', 'category', 'link', 'enclosure', 'media:content', 'atom:link']);

/** Elements whose content is taken raw: HTML in CDATA, Atom XHTML, and text where order matters. */
const RAW_TEXT = ['title', 'description', 'content:encoded', 'summary', 'content', 'subtitle'];

function createParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
    maxNestedTags: 100,
    stopNodes: RAW_TEXT.map((name) => `*.${name}`),
    isArray: (name) => REPEATED.has(name),
  });
}

function rejected(reason: Problem, path = '(root)'): ParseResult {
  return { ok: false, errors: [{ path, ...reason }] };
}

/** UTF-8 size without encoding the whole text when the answer is obvious. */
function utf8Bytes(text: string): number {
  if (text.length > FEED_LIMITS.maxBytes || text.length * 3 <= FEED_LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

/** Warnings of one item stay together, in document order; feed-level ones come first. */
function byItem(warnings: FeedWarning[]): FeedWarning[] {
  return warnings
    .map((warning, order) => ({ warning, order }))
    .sort((a, b) => (a.warning.index ?? -1) - (b.warning.index ?? -1) || a.order - b.order)
    .map(({ warning }) => warning);
}

function validateDraft(draft: Draft): ParseResult {
  if (draft.missing) return rejected(draft.missing, draft.missing.path);
  const result = parseFeed({ ...draft.feed, items: draft.items.map((item) => item.wire) });
  if (!result.ok) {
    return { ok: false, errors: result.errors.map((error: FeedError) => translateProblem(draft, error)) };
  }
  const translated = result.warnings.map((warning) => translateProblem(draft, warning));
  // Mapping warnings (bad dates) learn the item's id from the validated warnings or the draft.
  const mapped = draft.warnings.map((warning) => {
    const id = draft.items[warning.index ?? -1]?.wire.id;
    return typeof id === 'string' && id.trim() !== ''
      ? { ...warning, itemId: id.trim().slice(0, 200) }
      : warning;
  });
  return { ...result, warnings: byItem([...mapped, ...translated]) };
}

/** Parses an RSS 2.0 or Atom 1.0 document (see sniffXmlFeed). */
export function parseXmlFeed(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  const maxMb = FEED_LIMITS.maxBytes / (1024 * 1024);
  if (utf8Bytes(body) > FEED_LIMITS.maxBytes) return rejected(problem('doc.tooLarge', { mb: maxMb }));
  const prolog = readProlog(body);
  if (prolog.declaresEntities) {
    // Ownvoice never expands them: they can blow a small file up to gigabytes or read other files.
    return rejected(problem('xml.entities'));
  }
  const kind = sniffXmlFeed(body);
  if (!kind) return rejected(problem('xml.otherXml'));

  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return rejected(problem('xml.malformed', { line, col, detail: verbatim(msg) }));
  }
  let doc: XmlElement;
  try {
    doc = createParser().parse(body) as XmlElement;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return rejected(problem('xml.unreadable', { detail: verbatim(detail) }));
  }
  const roots = Object.keys(doc).filter((key) => !key.startsWith('#') && !key.startsWith('?'));
  if (roots.length !== 1 || Array.isArray(doc[roots[0] ?? ''])) {
    return rejected(problem('xml.manyRoots'));
  }
  const draft = kind === 'rss' ? rssDraft(doc) : atomDraft(doc);
  if (draft.items.length > FEED_LIMITS.maxItems) {
    return rejected(
      problem('xml.tooManyItems', {
        path: draft.itemsPath,
        count: draft.items.length,
        max: FEED_LIMITS.maxItems,
      }),
      draft.itemsPath,
    );
  }
  return validateDraft(draft);
}
