/**
 * A feed field's name as the studio's form shows it ("Feed title", "Item 2 — Link"), from its
 * JSON path ("title", "items[1].url"). The studio and the check page say problems with these
 * labels; the `feed:check` CLI keeps paths, which is what someone editing the file by hand needs.
 */
import { t, type MessageKey } from '@/shared/i18n';

/** Feed-level fields, by path without list indices. */
const FEED_FIELDS: Record<string, MessageKey> = {
  version: 'feedField.version',
  title: 'studio.feedTitle',
  description: 'studio.description',
  language: 'studio.language',
  home_page_url: 'studio.homePage',
  feed_url: 'studio.feedUrl',
  icon: 'studio.icon',
  favicon: 'studio.favicon',
  items: 'studio.items',
  _ownvoice: 'feedField.ownvoice',
  '_ownvoice.organization': 'studio.organization',
  '_ownvoice.contact': 'studio.contact',
  '_ownvoice.refresh_minutes': 'studio.refresh',
  '_ownvoice.guidelines': 'studio.guidelines',
  '_ownvoice.guidelines.url': 'studio.policyUrl',
  '_ownvoice.guidelines.notes': 'studio.notes',
  '_ownvoice.guidelines.disclosure': 'studio.disclosure',
  '_ownvoice.guidelines.disclosure.text': 'studio.disclosure',
  '_ownvoice.guidelines.disclosure.required': 'studio.disclosureRequired',
  '_ownvoice.guidelines.blocked_terms': 'studio.blocked',
  '_ownvoice.guidelines.caution_terms': 'studio.caution',
  '_ownvoice.guidelines.min_own_words': 'studio.minOwnWords',
  '_ownvoice.utm': 'studio.utm',
  '_ownvoice.utm.source': 'studio.utmSource',
  '_ownvoice.utm.medium': 'studio.utmMedium',
  '_ownvoice.utm.campaign': 'studio.utmCampaign',
};

/** An item's fields, by path inside the item without list indices. */
const ITEM_FIELDS: Record<string, MessageKey> = {
  id: 'studio.itemId',
  url: 'studio.itemUrl',
  external_url: 'studio.externalUrl',
  title: 'studio.itemTitle',
  summary: 'studio.itemSummary',
  content_text: 'studio.itemText',
  content_html: 'studio.itemText',
  image: 'studio.itemImage',
  tags: 'studio.tags',
  language: 'studio.language',
  date_published: 'studio.published',
  date_modified: 'studio.modified',
  _ownvoice: 'feedField.ownvoice',
  '_ownvoice.prompts': 'studio.prompts',
  '_ownvoice.hashtags': 'studio.hashtags',
  '_ownvoice.roles': 'studio.roles',
  '_ownvoice.networks': 'studio.networks',
  '_ownvoice.expires_at': 'studio.expires',
  '_ownvoice.campaign': 'studio.campaign',
  '_ownvoice.pinned': 'studio.pin',
  '_ownvoice.suggestions': 'studio.suggestions',
};

/** Suggested post n's fields, by the key inside the suggestion. */
const SUGGESTION_FIELDS: Record<string, MessageKey> = {
  '': 'studio.suggestionN',
  text: 'studio.suggestionText',
  language: 'studio.suggestionLanguage',
  network: 'feedField.suggestionNetwork',
};

const ITEM_PATH = /^items\[(\d+)\](?:\.(.*))?$/;
const SUGGESTION_PATH = /^_ownvoice\.suggestions\[(\d+)\](?:\.(.*))?$/;
/** A list entry ("tags[2]") is said as its list ("Tags"). */
const withoutIndices = (path: string) => path.replace(/\[\d+\]/g, '');

/** An item counted from 1, as the studio's list counts them. */
export function itemLabel(index: number): string {
  return t('studio.itemN', { n: index + 1 });
}

/**
 * The label of the field at `path`, or undefined for a path no form field stands for. With
 * `inItem`, a field inside an item is named without its item ("Link"), for a form already open
 * on that item; otherwise with it ("Item 2 — Link").
 */
export function fieldLabel(path: string, { inItem = false } = {}): string | undefined {
  const item = ITEM_PATH.exec(path);
  if (!item) {
    const key = FEED_FIELDS[withoutIndices(path)];
    return key && t(key);
  }
  const index = Number(item[1]);
  const rest = item[2];
  if (rest === undefined) return itemLabel(index);
  const own = itemFieldLabel(rest);
  if (own === undefined) return undefined;
  return inItem ? own : t('feedField.inItem', { item: itemLabel(index), field: own });
}

function itemFieldLabel(rest: string): string | undefined {
  const suggestion = SUGGESTION_PATH.exec(rest);
  if (suggestion) {
    const key = SUGGESTION_FIELDS[withoutIndices(suggestion[2] ?? '')];
    return key && t(key, { n: Number(suggestion[1]) + 1 });
  }
  const key = ITEM_FIELDS[withoutIndices(rest)];
  return key && t(key);
}
