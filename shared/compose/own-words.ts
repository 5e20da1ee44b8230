/**
 * The "own words" meter (FEED-FORMAT.md, "Own words"): the share of a post's words that do not
 * belong to any run of 3+ consecutive words that also occurs in the item's own texts. It runs on
 * every keystroke, so the sources are reduced once per item to a Set of 3-word shingles: a word
 * is in some copied run of 3+ words exactly when it is in some copied run of exactly 3.
 *
 * Choices where the format is silent:
 * - A word is a letter or digit followed by letters, digits and marks, with inner apostrophes,
 *   hyphens and Hebrew geresh/gershayim ("don't", "well-known", "צה״ל"). Words are compared after
 *   NFC, lower-casing and dropping that inner punctuation ("it's" = "its"); diacritics are kept,
 *   so Polish "się" and "sie" differ (retyping without them is rare, and folding would merge
 *   real words).
 * - Hashtags, mentions (@name, @name@server), e-mail addresses, links (http(s)://…, www.…),
 *   emoji and keycaps are removed before runs are formed, in the post and in the sources alike.
 *   So a run may span a removed hashtag: "we shipped #offline mode" has the run "we shipped mode".
 * - Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split into
 *   words by Intl.Segmenter, created only when such text appears (Firefox 125+; before that a
 *   run of such text counts as one word).
 * - Shingles never span two sources (the title's end and the summary's start are not a run).
 */

import { segmentInWindows } from './segments';

export interface OwnWordsResult {
  /** 0–1: ownWords / totalWords; 0 when there are no counted words. */
  ratio: number;
  ownWords: number;
  totalWords: number;
  /** UTF-16 ranges in the post of copied words; neighbours merge unless a removed token sits between. */
  copied: Array<{ start: number; end: number }>;
}

export type OwnWordsTone = 'good' | 'mixed' | 'copied' | 'empty';

export interface OwnWordsLabel {
  tone: OwnWordsTone;
  text: string;
  /** Set when the organization's minimum is not reached yet: why sharing waits, in plain words. */
  minimumNote?: string;
}

const WORD_BODY = String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\u05F3\u05F4\-‐][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*`;
/**
 * One pass over the text. Group 1 = something removed (link, e-mail, hashtag, mention), group 2 =
 * emoji keycap (ignored, like other emoji, which never match), group 3 = a word. Order matters:
 * an e-mail must win over the word that starts it.
 *
 * The pass must stay linear: a feed's 100,000-character content goes through it when an item
 * opens (issue 23). An e-mail is only tried where a run of its characters starts (the lookbehind):
 * tried from inside a run, as before, it rescanned the run to its end from every `.` or `_`, so
 * `"a.".repeat(50000)` took seconds. ESLint's regexp/no-super-linear-* rules guard this.
 */
const TOKEN = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)\S+` +
      String.raw`|(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+` +
      String.raw`|[#＃][\p{L}\p{N}\p{M}_]+` +
      String.raw`|@[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)?)`,
    String.raw`([#*0-9]\uFE0F?\u20E3)`,
    `(${WORD_BODY})`,
  ].join('|'),
  'giu',
);
const INNER_PUNCTUATION = /['’\u05F3\u05F4\-‐]/g;
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | undefined;

interface Tokens {
  keys: string[];
  starts: number[];
  ends: number[];
  /** True when a removed token (hashtag, link, …) lies between this word and the previous one. */
  afterRemoved: boolean[];
}

function wordKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(INNER_PUNCTUATION, '');
}

function tokenize(text: string): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [], afterRemoved: [] };
  let removed = false;
  const push = (word: string, start: number) => {
    tokens.keys.push(wordKey(word));
    tokens.starts.push(start);
    tokens.ends.push(start + word.length);
    tokens.afterRemoved.push(removed);
    removed = false;
  };
  for (const match of text.matchAll(TOKEN)) {
    const [, dropped, , word] = match;
    if (dropped !== undefined) removed = true;
    if (word === undefined) continue;
    // Without Intl.Segmenter (Firefox before 125) such a run stays one word.
    if (!NO_SPACE_SCRIPT.test(word) || typeof Intl.Segmenter !== 'function') {
      push(word, match.index);
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const part of segmentInWindows(wordSegmenter, word)) {
      if (part.isWordLike) push(part.segment, match.index + part.index);
    }
  }
  return tokens;
}

/** Keys joined by a space: keys never contain whitespace. */
function shingle(keys: string[], i: number): string {
  return `${keys[i]} ${keys[i + 1]} ${keys[i + 2]}`;
}

/**
 * Builds the meter for one item. `sources`: the item's title, summary, content text and every
 * suggestion's text (empty strings are fine). The returned function is cheap per keystroke.
 */
export function createOwnWordsMeter(sources: string[]): (post: string) => OwnWordsResult {
  const shingles = new Set<string>();
  for (const source of sources) {
    const { keys } = tokenize(source);
    for (let i = 0; i + 2 < keys.length; i++) shingles.add(shingle(keys, i));
  }

  return (post) => {
    const { keys, starts, ends, afterRemoved } = tokenize(post);
    const total = keys.length;
    const copiedWord = new Uint8Array(total);
    for (let i = 0; i + 2 < total; i++) {
      if (shingles.has(shingle(keys, i))) copiedWord[i] = copiedWord[i + 1] = copiedWord[i + 2] = 1;
    }

    const copied: OwnWordsResult['copied'] = [];
    let copiedCount = 0;
    for (let i = 0; i < total; i++) {
      if (!copiedWord[i]) continue;
      copiedCount++;
      const last = copied[copied.length - 1];
      if (last && i > 0 && copiedWord[i - 1] && !afterRemoved[i]) last.end = ends[i]!;
      else copied.push({ start: starts[i]!, end: ends[i]! });
    }

    const ownWords = total - copiedCount;
    return { ratio: total === 0 ? 0 : ownWords / total, ownWords, totalWords: total, copied };
  };
}

/**
 * Whether the post reaches the organization's minimum. A minimum of 0 always passes (the UI
 * checks for an empty post itself); above 0, a post without counted words never does.
 */
export function meetsMinimum(result: OwnWordsResult, minOwnWords: number): boolean {
  if (minOwnWords <= 0) return true;
  if (result.totalWords === 0) return false;
  // Compare counts, not floats: 3 of 10 words meets 0.3.
  return result.ownWords >= minOwnWords * result.totalWords - 1e-9;
}

/** The meter's words. The tone follows the ratio alone; a missed minimum adds `minimumNote`. */
export function ownWordsLabel(result: OwnWordsResult, minOwnWords: number): OwnWordsLabel {
  let label: OwnWordsLabel;
  if (result.totalWords === 0) label = { tone: 'empty', text: 'Start writing in your own words' };
  else if (result.ratio >= 0.7) label = { tone: 'good', text: 'Mostly your words' };
  else if (result.ratio >= 0.4)
    label = { tone: 'mixed', text: 'Some of it is yours — add what this means to you' };
  else label = { tone: 'copied', text: 'Mostly copied — add what this means to you' };

  if (!meetsMinimum(result, minOwnWords)) {
    const percent = Math.round(minOwnWords * 100);
    label.minimumNote = `Your organization asks that at least ${percent}% of a post is in your own words before you share it.`;
  }
  return label;
}
