/**
 * UTM tagging of an item's link (FEED-FORMAT.md, `_ownvoice.utm`). Only the organization's
 * source, medium and campaign are ever added: nothing that identifies the employee.
 *
 * The URL is edited as a string, not re-serialised through `URL`, so the rest of the link stays
 * exactly as the organizer wrote it (encoding, trailing slash, parameter order, fragment).
 * Choices where the format is silent:
 * - A utm_* parameter we set replaces the link's own (in place of the first one); utm_* we do not
 *   set (utm_content, utm_term, or utm_campaign when no campaign is given) are kept, because an
 *   organizer who put them in the item's link meant them.
 * - Blank values count as absent.
 */
import type { Network, Utm } from '../feed/types';

export interface UtmParams {
  source: string;
  /** Default `employee_share`. */
  medium?: string;
  campaign?: string;
}

export const DEFAULT_UTM_MEDIUM = 'employee_share';

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

interface SplitUrl {
  base: string;
  pairs: string[];
  fragment: string;
}

function splitUrl(url: string): SplitUrl {
  const hashAt = url.indexOf('#');
  const fragment = hashAt < 0 ? '' : url.slice(hashAt);
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);
  return { base, pairs: query.split('&').filter(Boolean), fragment };
}

function joinUrl({ base, pairs, fragment }: SplitUrl): string {
  return `${base}${pairs.length ? `?${pairs.join('&')}` : ''}${fragment}`;
}

/** The link with the organization's UTM parameters; anything but an http(s) URL comes back unchanged. */
export function withUtm(url: string, params: UtmParams): string {
  if (!isHttpUrl(url)) return url;
  const wanted = new Map<string, string>();
  const set = (name: string, value: string | undefined) => {
    if (value?.trim()) wanted.set(name, value.trim());
  };
  set('utm_source', params.source);
  set('utm_medium', params.medium?.trim() ? params.medium : DEFAULT_UTM_MEDIUM);
  set('utm_campaign', params.campaign);

  const parts = splitUrl(url);
  const pairs: string[] = [];
  const placed = new Set<string>();
  const encoded = (name: string) => `${name}=${encodeURIComponent(wanted.get(name)!)}`;
  for (const pair of parts.pairs) {
    const name = paramName(pair);
    if (!wanted.has(name)) pairs.push(pair);
    else if (!placed.has(name)) {
      pairs.push(encoded(name));
      placed.add(name);
    }
  }
  for (const name of wanted.keys()) if (!placed.has(name)) pairs.push(encoded(name));
  return joinUrl({ ...parts, pairs });
}

/** The link without any utm_* parameters: to tell whether a post already holds the item's link. */
export function withoutUtm(url: string): string {
  if (!isHttpUrl(url)) return url;
  const parts = splitUrl(url);
  return joinUrl({ ...parts, pairs: parts.pairs.filter((pair) => !paramName(pair).startsWith('utm_')) });
}

/**
 * The parameters for one share: the feed's source or else the network, the feed's medium or
 * else `employee_share`, the item's campaign or else the feed's.
 */
export function utmFor(network: Network, feedUtm: Utm, itemCampaign?: string): UtmParams {
  const pick = (...values: Array<string | undefined>) => values.find((v) => v?.trim())?.trim();
  const campaign = pick(itemCampaign, feedUtm.campaign);
  return {
    source: pick(feedUtm.source) ?? network,
    medium: pick(feedUtm.medium) ?? DEFAULT_UTM_MEDIUM,
    ...(campaign ? { campaign } : {}),
  };
}
