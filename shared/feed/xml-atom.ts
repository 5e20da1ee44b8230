/**
 * Atom 1.0 → draft JSON Feed. The mapping (documented in README.md):
 * id (or the alternate link) → id, link rel="alternate" → url, title → title, summary → summary,
 * content → content_text (type text) or content_html (html, xhtml), published (or updated) →
 * date_published, updated → date_modified, category term → tags, the first image
 * link rel="enclosure" / media:content → image, xml:lang → language. Relative links are
 * resolved against xml:base or the feed's own page.
 */
import { htmlToPlainText } from './plain-text';
import { TEXT_LIMITS } from './schema';
import {
  attr,
  isElement,
  isImage,
  list,
  mapDate,
  rawOf,
  resolveLink,
  textOf,
  trimmed,
  type Draft,
  type DraftItem,
  type XmlElement,
} from './xml-nodes';
import { characterData } from './xml-text';

const ITEMS = 'feed.entry';

/** An Atom text construct as plain text: `text`, `html` (escaped markup) or `xhtml` (inline markup). */
function textConstruct(node: unknown): string | undefined {
  const type = attr(node, 'type') ?? 'text';
  const raw = rawOf(node);
  if (raw === undefined) return undefined;
  if (type === 'xhtml') return trimmed(htmlToPlainText(raw));
  if (type === 'html') return trimmed(htmlToPlainText(characterData(raw)));
  return trimmed(characterData(raw));
}

function findLink(links: unknown[], rel: string, base: string | undefined): string | undefined {
  const matching = links.filter((l) => (attr(l, 'rel') ?? 'alternate') === rel);
  const preferred = matching.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ?? matching[0];
  return resolveLink(attr(preferred, 'href'), base);
}

function firstImage(entry: XmlElement, path: string, base: string | undefined) {
  for (const [k, link] of list(entry.link).entries()) {
    if (attr(link, 'rel') === 'enclosure' && isImage(attr(link, 'type'))) {
      const url = resolveLink(attr(link, 'href'), base);
      if (url) return { url, path: `${path}.link[${k}]` };
    }
  }
  for (const [k, media] of list(entry['media:content']).entries()) {
    const url = resolveLink(attr(media, 'url'), base);
    if (url && isImage(attr(media, 'type'), attr(media, 'medium')))
      return { url, path: `${path}.media:content[${k}]` };
  }
  return undefined;
}

function mapEntry(
  draft: Draft,
  raw: unknown,
  index: number,
  feedBase?: string,
  feedLang?: string,
): DraftItem {
  const path = `${ITEMS}[${index}]`;
  const entry = isElement(raw) ? raw : {};
  const draftItem: DraftItem = { wire: {}, sources: { id: `${path}.id` } };
  const { wire, sources } = draftItem;
  const set = (field: string, value: unknown, from: string) => {
    if (value === undefined) return;
    wire[field] = value;
    sources[field] = from;
  };
  const base = resolveLink(attr(entry, 'xml:base'), feedBase) ?? feedBase;
  const links = list(entry.link);
  const url = findLink(links, 'alternate', base);
  set('id', trimmed(textOf(entry.id)) ?? url, entry.id === undefined ? `${path}.link` : `${path}.id`);
  set('url', url, `${path}.link`);
  set('title', textConstruct(entry.title), `${path}.title`);

  const summary = textConstruct(entry.summary);
  if (summary !== undefined && summary.length > TEXT_LIMITS.summary && entry.content === undefined)
    set('content_text', summary, `${path}.summary`);
  else set('summary', summary, `${path}.summary`);

  const content = list(entry.content)[0];
  // Out-of-line content (`src=`) and non-text media types are not text to show.
  const type = attr(content, 'type') ?? 'text';
  if (content !== undefined && attr(content, 'src') === undefined) {
    const rawContent = rawOf(content);
    if (type === 'html' || type === 'xhtml' || /^(text\/html|application\/xhtml\+xml)$/i.test(type)) {
      const html = type === 'html' || type === 'text/html' ? characterData(rawContent ?? '') : rawContent;
      set('content_html', trimmed(html), `${path}.content`);
    } else if (type === 'text' || type.startsWith('text/')) {
      set('content_text', trimmed(characterData(rawContent ?? '')), `${path}.content`);
    }
  }

  const published = trimmed(textOf(entry.published));
  const updated = trimmed(textOf(entry.updated));
  if (published !== undefined)
    mapDate(draft, draftItem, index, 'date_published', published, `${path}.published`);
  else mapDate(draft, draftItem, index, 'date_published', updated, `${path}.updated`);
  mapDate(draft, draftItem, index, 'date_modified', updated, `${path}.updated`);

  const categories = list(entry.category);
  if (categories.length > 0)
    set(
      'tags',
      categories.map((c) => attr(c, 'term') ?? attr(c, 'label') ?? ''),
      `${path}.category`,
    );
  const image = firstImage(entry, path, base);
  if (image) set('image', image.url, image.path);
  const lang = attr(entry, 'xml:lang');
  const language = lang !== undefined && lang !== '' && lang.length <= TEXT_LIMITS.language ? lang : feedLang;
  set('language', language, lang ? `${path}.xml:lang` : 'feed.xml:lang');
  return draftItem;
}

export function atomDraft(doc: XmlElement): Draft {
  const feedNode = isElement(doc.feed) ? doc.feed : {};
  const draft: Draft = {
    root: 'feed',
    itemsPath: ITEMS,
    idSource: '<id> or <link>',
    feed: { version: 'https://jsonfeed.org/version/1.1' },
    feedSources: {},
    items: [],
    warnings: [],
  };
  const { feed, feedSources } = draft;
  const set = (field: string, value: unknown, from: string) => {
    feedSources[field] = from;
    if (value !== undefined) feed[field] = value;
  };
  const links = list(feedNode.link);
  const declaredBase = attr(feedNode, 'xml:base');
  const self = findLink(links, 'self', declaredBase);
  const base = declaredBase ?? self;
  const homePage = findLink(links, 'alternate', base);
  set('title', textConstruct(feedNode.title), 'feed.title');
  set('home_page_url', homePage, 'feed.link');
  set('feed_url', self, 'feed.link');
  set('description', textConstruct(feedNode.subtitle), 'feed.subtitle');
  set('icon', resolveLink(trimmed(textOf(feedNode.icon ?? feedNode.logo)), base), 'feed.icon');
  const lang = attr(feedNode, 'xml:lang');
  const language =
    lang !== undefined && lang !== '' && lang.length <= TEXT_LIMITS.language ? lang : undefined;
  set('language', language, 'feed.xml:lang');

  const entryBase = base ?? homePage;
  draft.items = list(feedNode.entry).map((raw, index) => mapEntry(draft, raw, index, entryBase, language));
  return draft;
}
