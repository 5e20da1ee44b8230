/**
 * How long a post is as each network counts it, so the composer can warn before the network's
 * own composer truncates or refuses it. Every count runs per keystroke for all five networks.
 *
 * Choices where the networks' rules are wider than ours:
 * - Links are `http(s)://…` and bare `www.…`; trailing punctuation ("see https://a.example.")
 *   is not part of a link. X also shortens bare domains ("acme.example"); we count those by
 *   character, which can only over-estimate.
 * - Mastodon counts `http(s)://` links as 23 (its composer does not shorten bare `www.`) and a
 *   remote mention `@name@server` as `@name`, as Mastodon does.
 * - Bluesky counts graphemes of the text as written. Its app may shorten long links before
 *   counting, so our count errs on the safe side.
 */
import type { Network } from '../feed/types';
import { segmentInWindows } from './segments';

export type LengthUnit = 'characters' | 'graphemes';

export const NETWORK_LIMITS: Record<Network, { limit: number; unit: LengthUnit; label: string }> = {
  linkedin: { limit: 3000, unit: 'characters', label: 'LinkedIn' },
  // Weighted as twitter-text does: most scripts other than Latin, and emoji, count 2.
  x: { limit: 280, unit: 'characters', label: 'X' },
  facebook: { limit: 63206, unit: 'characters', label: 'Facebook' },
  bluesky: { limit: 300, unit: 'graphemes', label: 'Bluesky' },
  // Mastodon's default; servers may allow more (see `postLength`'s `limit` option).
  mastodon: { limit: 500, unit: 'characters', label: 'Mastodon' },
};

export interface PostLength {
  used: number;
  limit: number;
  over: boolean;
  unit: LengthUnit;
}

/** What both X and Mastodon count as 23, whatever the link's length. */
export const SHORT_LINK_LENGTH = 23;

export interface FoundLink {
  start: number;
  end: number;
  url: string;
  /** False for a bare `www.` link. */
  hasScheme: boolean;
}

const LINK = /(?<![\p{L}\p{N}_@./-])(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const TRAILING = /[.,;:!?'"”’»…*]$/u;

function unbalanced(url: string, open: string, close: string): boolean {
  return url.split(close).length > url.split(open).length;
}

/** Links in `text`, with UTF-16 offsets. */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    let url = match[0];
    for (;;) {
      if (TRAILING.test(url)) url = url.slice(0, -1);
      else if (url.endsWith(')') && unbalanced(url, '(', ')')) url = url.slice(0, -1);
      else if (url.endsWith(']') && unbalanced(url, '[', ']')) url = url.slice(0, -1);
      else break;
    }
    // "www." alone, or a scheme with nothing after it, is not a link.
    if (/^(?:https?:\/\/|www\.)$/i.test(url)) continue;
    const hasScheme = /^https?:\/\//i.test(url);
    links.push({ start: match.index, end: match.index + url.length, url, hasScheme });
  }
  return links;
}

function codePoints(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++; // a low surrogate belongs to the previous point
  }
  return count;
}

/** twitter-text v3: these code points weigh 1, all others 2. */
function xWeight(code: number): number {
  return code <= 4351 ||
    (code >= 8192 && code <= 8205) ||
    (code >= 8208 && code <= 8223) ||
    (code >= 8242 && code <= 8247)
    ? 1
    : 2;
}

/**
 * Sticky: tried only where an emoji can start, so plain text never pays for the big class.
 * Firefox 115 ESR (our minimum) lacks the `v` flag: there, a close approximation of the same set.
 * Built on first use: compiling the class takes ~25 ms, which the list's first paint must not pay.
 */
let emojiPattern: RegExp | undefined;
function emojiRegExp(): RegExp {
  emojiPattern ??= (() => {
    try {
      return new RegExp(String.raw`\p{RGI_Emoji}`, 'vy');
    } catch {
      const one = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\p{Emoji_Modifier}?[\u{E0020}-\u{E007E}]*\u{E007F}?`;
      return new RegExp(String.raw`\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|${one}(?:\u200D${one})*`, 'uy');
    }
  })();
  return emojiPattern;
}

function isKeycapStart(text: string, i: number, code: number): boolean {
  if (code !== 0x23 && code !== 0x2a && (code < 0x30 || code > 0x39)) return false;
  const next = text.charCodeAt(i + 1);
  return next === 0xfe0f || next === 0x20e3;
}

/**
 * Every code point an emoji sequence can start with lies in these ranges (checked against
 * `\p{RGI_Emoji}`, Extended_Pictographic, Emoji_Presentation and flag letters). Trying the emoji
 * pattern only there keeps long Hebrew, Han or accented text from paying for it at each
 * character: 100,000 of them took 60 ms (issue 23).
 */
function mayStartEmoji(code: number): boolean {
  return code === 0xa9 || code === 0xae || (code >= 0x203c && code <= 0x3299) || code >= 0x1f000;
}

function xWeighted(text: string, from: number, to: number): number {
  let weight = 0;
  for (let i = from; i < to;) {
    const code = text.codePointAt(i)!;
    if (mayStartEmoji(code) || isKeycapStart(text, i, code)) {
      const pattern = emojiRegExp();
      pattern.lastIndex = i;
      const emoji = pattern.exec(text);
      if (emoji && i + emoji[0].length <= to) {
        weight += 2; // a whole emoji sequence (ZWJ family, flag, keycap, skin tone) weighs 2
        i += emoji[0].length;
        continue;
      }
    }
    weight += xWeight(code);
    i += code > 0xffff ? 2 : 1;
  }
  return weight;
}

function xLength(text: string): number {
  const normalized = text.normalize('NFC'); // twitter-text counts the NFC form
  let used = 0;
  let from = 0;
  for (const link of findLinks(normalized)) {
    used += xWeighted(normalized, from, link.start) + SHORT_LINK_LENGTH;
    from = link.end;
  }
  return used + xWeighted(normalized, from, normalized.length);
}

const REMOTE_MENTION =
  /(?<![\p{L}\p{N}_/])@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

function mastodonPlain(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  let count = codePoints(part);
  for (const mention of part.matchAll(REMOTE_MENTION)) count -= codePoints(mention[1]!);
  return count;
}

function mastodonLength(text: string): number {
  let used = 0;
  let from = 0;
  for (const link of findLinks(text)) {
    if (!link.hasScheme) continue;
    used += mastodonPlain(text, from, link.start) + SHORT_LINK_LENGTH;
    from = link.end;
  }
  return used + mastodonPlain(text, from, text.length);
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** Without Intl.Segmenter (Firefox before 125): marks, ZWJ sequences and flags still join. */
const GRAPHEME_FALLBACK =
  /\r\n|(?:\p{RI}\p{RI}|[^])(?:[\p{M}\p{Emoji_Modifier}\u{E0020}-\u{E007F}]|\u200D[^]?)*/gu;

/**
 * Characters that can join the one before them into a grapheme (marks, ZWJ/ZWNJ, flags, skin
 * tones, emoji tags, Hangul jamo, Thai/Lao SARA AM, half-width kana voicing) or the one after
 * (Arabic/Malayalam prepended signs).
 */
const JOINER =
  /[\p{M}\u200C\u200D\p{RI}\p{Emoji_Modifier}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{E0020}-\u{E007F}\u0E33\u0EB3\uFF9E\uFF9F\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E]/u;
const NON_ASCII_RUN = /[\u0080-\u{10FFFF}]+/gu;

/**
 * Segmenting a whole 3,000-character post costs milliseconds per keystroke, so only windows
 * that can hold a multi-character grapheme are segmented: a run of non-ASCII text with a joiner,
 * plus the characters on either side (an ASCII letter can carry a combining mark, or follow a
 * prepended sign). Everywhere else a code point is a grapheme, except CR LF.
 */
function graphemes(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return text.match(GRAPHEME_FALLBACK)?.length ?? 0;
  let count = codePoints(text) - (text.match(/\r\n/g)?.length ?? 0);
  // Windows that touch are segmented as one: 100,000 characters of keycaps are 33,000 runs, and a
  // segmenter call each took 230 ms (issue 23).
  let from = 0;
  let to = -1;
  const flush = () => {
    if (to < 0) return;
    const window = text.slice(from, to);
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let segments = 0;
    for (const _ of segmentInWindows(graphemeSegmenter, window)) segments++;
    // A CR LF inside the window is one segment, and was already counted as one above.
    count -= codePoints(window) - segments - (window.match(/\r\n/g)?.length ?? 0);
  };
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    if (!JOINER.test(run[0])) continue;
    const start = Math.max(0, run.index - 1);
    const end = Math.min(text.length, run.index + run[0].length + 1);
    if (start > to) {
      flush();
      from = start;
    }
    to = end;
  }
  flush();
  return count;
}

function lengthFor(text: string, network: Network): number {
  switch (network) {
    case 'x':
      return xLength(text);
    case 'mastodon':
      return mastodonLength(text);
    case 'bluesky':
      return graphemes(text);
    case 'linkedin':
    case 'facebook':
      return codePoints(text);
  }
}

function measured(network: Network, used: number, limit = NETWORK_LIMITS[network].limit): PostLength {
  return { used, limit, over: used > limit, unit: NETWORK_LIMITS[network].unit };
}

/** The post's length as `network` counts it. `limit` overrides the default (a Mastodon server's own). */
export function postLength(text: string, network: Network, options: { limit?: number } = {}): PostLength {
  return measured(network, lengthFor(text, network), options.limit);
}

/**
 * `postLength(text, 'linkedin')`, on its own: a bundle that counts for LinkedIn alone (the
 * overlay) then carries none of the other networks' rules.
 */
export function linkedinLength(text: string): PostLength {
  return measured('linkedin', codePoints(text));
}

const PREVIEW_CHARACTERS = 210;
const PREVIEW_LINES = 3;

/**
 * What LinkedIn shows of a post before "…see more": the first 3 lines or about 210 characters
 * (code points), whichever is shorter, cut back to the last space when the cut falls in a word.
 */
export function linkedinPreview(text: string): { visible: string; truncated: boolean } {
  const post = text.trimEnd();
  let cut = post.length;
  let newline = -1;
  for (let line = 0; line < PREVIEW_LINES; line++) {
    newline = post.indexOf('\n', newline + 1);
    if (newline < 0) break;
    if (line === PREVIEW_LINES - 1) cut = newline;
  }

  if (codePoints(post, 0, cut) > PREVIEW_CHARACTERS) {
    let hard = 0;
    for (let points = 0; points < PREVIEW_CHARACTERS; points++)
      hard += post.codePointAt(hard)! > 0xffff ? 2 : 1;
    const inWord = /\S/u.test(post[hard] ?? ' ') && /\S/u.test(post[hard - 1] ?? ' ');
    const space = inWord ? post.slice(0, hard).search(/\s\S*$/u) : -1;
    cut = space > 0 ? space : hard;
  }

  return { visible: post.slice(0, cut).trimEnd(), truncated: cut < post.length };
}
