/**
 * RSS 2.0 → draft JSON Feed. The mapping (documented in README.md):
 * guid (or link) → id, link (or a permalink guid) → url, title → title, description → summary
 * (or content, when it is longer than a summary may be and there is no content:encoded),
 * content:encoded → content_html, pubDate (or dc:date) → date_published, category → tags,
 * the first image enclosure / media:content → image, the channel's language → each item's.
 */
import { problem } from './problems';
import { decodeEntities, htmlToPlainText } from './plain-text';
import { TEXT_LIMITS } from './schema';
import {
  attr,
  isElement,
  isImage,
  list,
  mapDate,
  textOf,
  trimmed,
  type Draft,
  type DraftItem,
  type XmlElement,
} from './xml-nodes';

const CHANNEL = 'rss.channel';
const ITEMS = `${CHANNEL}.item`;

/**
 * RSS leaves open whether a title is text or HTML, and generators escape twice (WordPress
 * writes `<![CDATA[News &amp; Events]]>`): HTML entities are decoded, tags are kept as text.
 */
function plainText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : decodeEntities(value);
}

function firstImage(item: XmlElement, path: string): { url: string; path: string } | undefined {
  const enclosures = list(item.enclosure);
  for (const [k, enclosure] of enclosures.entries()) {
    const url = attr(enclosure, 'url');
    if (url && isImage(attr(enclosure, 'type'))) return { url, path: `${path}.enclosure[${k}]` };
  }
  for (const [k, media] of list(item['media:content']).entries()) {
    const url = attr(media, 'url');
    if (url && isImage(attr(media, 'type'), attr(media, 'medium')))
      return { url, path: `${path}.media:content[${k}]` };
  }
  return undefined;
}

function mapItem(draft: Draft, raw: unknown, index: number, language: string | undefined): DraftItem {
  const path = `${ITEMS}[${index}]`;
  const item = isElement(raw) ? raw : {};
  const draftItem: DraftItem = { wire: {}, sources: {} };
  const { wire, sources } = draftItem;
  const set = (field: string, value: unknown, from: string) => {
    if (value === undefined) return;
    wire[field] = value;
    sources[field] = from;
  };

  const guid = list(item.guid)[0];
  const guidText = trimmed(textOf(guid));
  const link = trimmed(textOf(list(item.link)[0]));
  const permalink =
    attr(guid, 'isPermaLink') !== 'false' && guidText !== undefined && /^https?:\/\//i.test(guidText);
  set('id', guidText ?? link, guidText !== undefined ? `${path}.guid` : `${path}.link`);
  sources.id ??= `${path}.guid`;
  set(
    'url',
    link ?? (permalink ? guidText : undefined),
    link !== undefined ? `${path}.link` : `${path}.guid`,
  );
  set('title', plainText(textOf(item.title)), `${path}.title`);

  const description = trimmed(textOf(item.description));
  const encoded = trimmed(textOf(item['content:encoded']));
  if (encoded !== undefined) set('content_html', encoded, `${path}.content:encoded`);
  if (description !== undefined) {
    const plain = htmlToPlainText(description);
    // Full posts in <description> (Hugo, many others) are content, not a summary to cut.
    if (encoded === undefined && plain.length > TEXT_LIMITS.summary)
      set('content_html', description, `${path}.description`);
    else set('summary', plain, `${path}.description`);
  }

  const pubDate = trimmed(textOf(item.pubDate));
  const dcDate = trimmed(textOf(item['dc:date']));
  if (pubDate !== undefined) mapDate(draft, draftItem, index, 'date_published', pubDate, `${path}.pubDate`);
  else mapDate(draft, draftItem, index, 'date_published', dcDate, `${path}.dc:date`);

  const categories = list(item.category);
  if (categories.length > 0)
    set(
      'tags',
      categories.map((c) => plainText(textOf(c)) ?? ''),
      `${path}.category`,
    );
  const image = firstImage(item, path);
  if (image) set('image', image.url, image.path);
  set('language', language, `${CHANNEL}.language`);
  return draftItem;
}

export function rssDraft(doc: XmlElement): Draft {
  const rss = doc.rss;
  const draft: Draft = {
    root: 'rss',
    itemsPath: ITEMS,
    idSource: '<guid> or <link>',
    feed: { version: 'https://jsonfeed.org/version/1.1' },
    feedSources: {},
    items: [],
    warnings: [],
  };
  const channel = isElement(rss) ? list(rss.channel)[0] : undefined;
  if (!isElement(channel)) {
    draft.missing = { path: CHANNEL, ...problem('xml.noChannel') };
    return draft;
  }
  const { feed, feedSources } = draft;
  const set = (field: string, value: unknown, from: string) => {
    feedSources[field] = from;
    if (value !== undefined) feed[field] = value;
  };
  set('title', plainText(textOf(channel.title)), `${CHANNEL}.title`);
  set('home_page_url', trimmed(textOf(list(channel.link)[0])), `${CHANNEL}.link`);
  const self = list(channel['atom:link']).find((l) => attr(l, 'rel') === 'self');
  set('feed_url', attr(self, 'href'), `${CHANNEL}.atom:link`);
  const description = trimmed(textOf(channel.description));
  set(
    'description',
    description === undefined ? undefined : htmlToPlainText(description),
    `${CHANNEL}.description`,
  );
  const image = list(channel.image)[0];
  set('icon', isElement(image) ? trimmed(textOf(image.url)) : undefined, `${CHANNEL}.image.url`);
  const language = trimmed(textOf(channel.language));
  // An over-long or odd language tag would reject a JSON feed; here it only leaves the field out.
  const usable = language !== undefined && language.length <= TEXT_LIMITS.language ? language : undefined;
  set('language', usable, `${CHANNEL}.language`);

  draft.items = list(channel.item).map((raw, index) => mapItem(draft, raw, index, usable));
  return draft;
}
