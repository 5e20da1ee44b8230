/**
 * Share-intent URLs: each opens the network's own composer with the post filled in, and the
 * employee presses Post themselves (STYLE.md, "LinkedIn, carefully"). Nothing here posts.
 */
import { findLinks } from '../compose/network-limits';
import { NETWORKS, type Network } from '../feed/types';
import { withoutUtm } from './utm';

export interface PostParts {
  text: string;
  link?: string;
  appendLink: boolean;
}

function sameLink(a: string, b: string): boolean {
  const key = (url: string) =>
    withoutUtm(url)
      // Tried only where a run of slashes starts: from inside one it would rescan the run.
      .replace(/(?<!\/)\/+(?=$|[?#])/, '')
      .toLowerCase();
  return key(a) === key(b);
}

/**
 * The text as it will be posted: the link on its own line at the end, unless the employee
 * already put it in the text (also when theirs lacks the UTM tags, or differs by a final slash).
 */
export function finalPostText({ text, link, appendLink }: PostParts): string {
  if (!appendLink || !link?.trim()) return text;
  const url = link.trim();
  if (text.includes(url) || findLinks(text).some((found) => sameLink(found.url, url))) return text;
  const body = text.trimEnd();
  return body ? `${body}\n${url}` : url;
}

/** The networks an item may be shared to, in the usual order; an empty list means all five. */
export function shareTargetsFor(itemNetworks: Network[]): Network[] {
  if (itemNetworks.length === 0) return [...NETWORKS];
  return NETWORKS.filter((network) => itemNetworks.includes(network));
}

export interface IntentInput {
  /** The final post text (see `finalPostText`). */
  text: string;
  /** The (tagged) link; Facebook shares only this. */
  link?: string;
  /** The employee's server, e.g. `mastodon.social` or `https://fosstodon.org`. */
  mastodonInstance?: string;
}

/** `copyFirst`: the page ignores our text, so copy it to the clipboard before opening. */
export type IntentResult = { url: string; copyFirst: boolean } | { error: string };

/** encodeURIComponent throws on a lone surrogate (half an emoji, cut by an editor): replace it. */
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The server's https origin from what the employee typed: a host name, a URL (any path is
 * dropped; http becomes https) or a handle like `@me@mastodon.social`. Ports, IP addresses and
 * names without a dot are refused: no public Mastodon server uses them.
 */
export function mastodonOrigin(instance: string | undefined): { origin: string } | { error: string } {
  const typed = instance?.trim() ?? '';
  if (!typed) return { error: 'Set your Mastodon server in Settings' };
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(typed);
  const candidate = handle ? handle[1]! : typed.replace(/^https?:\/\//i, '');
  let host: string;
  try {
    const url = new URL(`https://${candidate}`);
    if (url.port || url.username || url.password) throw new Error('not a plain server name');
    host = url.hostname.replace(/\.$/, '');
  } catch {
    host = '';
  }
  if (!HOSTNAME.test(host)) {
    return { error: `"${typed}" is not a Mastodon server address; use one like mastodon.social` };
  }
  return { origin: `https://${host}` };
}

function isHttpLink(link: string | undefined): link is string {
  if (!link) return false;
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol);
  } catch {
    return false;
  }
}

/**
 * LinkedIn's composer with the post: unofficial, but the only prefill LinkedIn offers
 * (share-offsite/?url= ignores any text). On its own, for bundles that share to LinkedIn alone.
 */
export function linkedinIntentUrl(text: string): IntentResult {
  return { url: `https://www.linkedin.com/feed/?shareActive=true&text=${encode(text)}`, copyFirst: false };
}

/** The page that opens `network`'s composer with the post, or a plain-words reason it cannot. */
export function shareIntentUrl(
  network: Network,
  { text, link, mastodonInstance }: IntentInput,
): IntentResult {
  switch (network) {
    case 'linkedin':
      return linkedinIntentUrl(text);
    case 'x':
      return { url: `https://x.com/intent/post?text=${encode(text)}`, copyFirst: false };
    case 'facebook':
      // Facebook's sharer takes only a link, so the employee pastes the text themselves.
      if (!isHttpLink(link?.trim())) {
        return { error: 'Facebook needs a link to share; copy the text and post it yourself' };
      }
      return { url: `https://www.facebook.com/sharer/sharer.php?u=${encode(link!.trim())}`, copyFirst: true };
    case 'bluesky':
      return { url: `https://bsky.app/intent/compose?text=${encode(text)}`, copyFirst: false };
    case 'mastodon': {
      const server = mastodonOrigin(mastodonInstance);
      if ('error' in server) return server;
      return { url: `${server.origin}/share?text=${encode(text)}`, copyFirst: false };
    }
  }
}
