/**
 * The organization's posting guidelines, checked on the employee's machine as they type
 * (FEED-FORMAT.md, `_ownvoice.guidelines`).
 *
 * Terms match case- and diacritic-insensitively, because people in Poland often type without
 * diacritics: "tajemnica służbowa" matches "Tajemnica sluzbowa". The text is folded once per
 * check, keeping a map from every folded UTF-16 unit back to the original text, so ranges point
 * at what the employee typed.
 *
 * Choices where the format is silent:
 * - Whole words for every term, not only single words: where a term starts or ends with a letter
 *   or digit, the text must not continue with a letter, digit or mark there (Unicode-aware; JS
 *   `\b` is ASCII-only). Hyphens and apostrophes are boundaries: "non-confidential" matches.
 * - Words of a phrase match across any run of whitespace, line breaks included.
 * - Only Latin/Greek/Cyrillic-style accents and Hebrew/Arabic vowel points are folded; the vowel
 *   signs of Indic and other scripts change the word, so they stay.
 * - Findings come errors first: blocked terms, a missing required disclosure, caution terms, a
 *   missing optional disclosure. A term listed twice, or both blocked and caution, appears once.
 * - The disclosure is a case-insensitive substring, as the format says (no diacritic folding:
 *   a hashtag typed without its diacritics is a different hashtag).
 */
import type { Guidelines } from '../feed/types';

export interface GuidelineFinding {
  kind: 'blocked' | 'caution' | 'disclosure';
  severity: 'error' | 'warning';
  /** The term (or disclosure text) as the organization wrote it. */
  term: string;
  message: string;
  /** UTF-16 offsets into the original text; empty for a missing disclosure. */
  ranges: Array<{ start: number; end: number }>;
}

/** Accents (Latin, Greek, Cyrillic) and Hebrew/Arabic vowel points: [first, last] code points. */
const STRIPPED_MARKS: Array<[number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0xfe20, 0xfe2f],
  [0x0591, 0x05bd],
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
];

function isStrippedMark(c: string): boolean {
  const code = c.codePointAt(0)!;
  return STRIPPED_MARKS.some(([first, last]) => code >= first && code <= last);
}
/** Letters that carry their accent without a combining mark, so NFD leaves them whole. */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ς: 'σ',
  '’': "'",
  ʼ: "'",
};
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = Array.from(ch.normalize('NFD').toLowerCase())
      .filter((c) => !isStrippedMark(c))
      .map((c) => SPECIAL[c] ?? c)
      .join('')
      .normalize('NFC');
    foldCache.set(ch, folded);
  }
  return folded;
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

function foldText(original: string): Folded {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    // ASCII needs no table: this keeps the per-keystroke cost low for most posts.
    const folded =
      code < 0x80
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : original[i]!
        : foldChar(original.slice(i, i + width));
    if (folded === '') {
      // A lone combining mark belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      out.push(folded);
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out.join(''), starts, ends };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Not `-`: outside a class, `\-` is a syntax error under the `u` flag, so a blocked term such as
// "pre-launch" threw when the composer opened (found by the long hostile texts, issue 23).
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A matcher for one term over folded text, or undefined for a blank term. */
function termPattern(term: string): RegExp | undefined {
  const words = foldText(term).text.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const before = WORD_CHAR.test(first[0]!) ? String.raw`(?<![\p{L}\p{N}\p{M}])` : '';
  const after = WORD_CHAR.test(last[last.length - 1]!) ? String.raw`(?![\p{L}\p{N}\p{M}])` : '';
  return new RegExp(before + words.map(escapeRegExp).join(String.raw`\s+`) + after, 'gu');
}

interface Rule {
  term: string;
  pattern: RegExp;
}

function rules(terms: string[], seen: Set<string>): Rule[] {
  const out: Rule[] = [];
  for (const term of terms) {
    const key = foldText(term).text.trim().split(/\s+/u).join(' ');
    const pattern = termPattern(term);
    if (!pattern || seen.has(key)) continue;
    seen.add(key);
    out.push({ term: term.trim(), pattern });
  }
  return out;
}

function findRanges(folded: Folded, pattern: RegExp): GuidelineFinding['ranges'] {
  const ranges: GuidelineFinding['ranges'] = [];
  for (const match of folded.text.matchAll(pattern)) {
    const end = match.index + match[0].length - 1;
    ranges.push({ start: folded.starts[match.index]!, end: folded.ends[end]! });
  }
  return ranges;
}

function containsDisclosure(text: string, disclosure: string): boolean {
  return text.normalize('NFC').toLowerCase().includes(disclosure.normalize('NFC').toLowerCase());
}

/** Builds the checker once per feed; the returned function runs on every keystroke. */
export function createGuidelineChecker(guidelines: Guidelines): (text: string) => GuidelineFinding[] {
  const seen = new Set<string>();
  const blocked = rules(guidelines.blockedTerms, seen);
  const caution = rules(guidelines.cautionTerms, seen);
  const disclosure = guidelines.disclosure?.text.trim() ? guidelines.disclosure : undefined;

  return (text) => {
    const folded = foldText(text);
    const errors: GuidelineFinding[] = [];
    const warnings: GuidelineFinding[] = [];
    for (const { term, pattern } of blocked) {
      const ranges = findRanges(folded, pattern);
      if (ranges.length === 0) continue;
      const message = `"${term}" is not allowed in posts (your organization's guidelines)`;
      errors.push({ kind: 'blocked', severity: 'error', term, message, ranges });
    }
    for (const { term, pattern } of caution) {
      const ranges = findRanges(folded, pattern);
      if (ranges.length === 0) continue;
      const message = `"${term}": check with your guidelines before posting about this`;
      warnings.push({ kind: 'caution', severity: 'warning', term, message, ranges });
    }
    if (disclosure && !containsDisclosure(text, disclosure.text.trim())) {
      const term = disclosure.text.trim();
      if (disclosure.required) {
        const message = `Add ${term} — your organization asks employees to disclose they work there`;
        errors.push({ kind: 'disclosure', severity: 'error', term, message, ranges: [] });
      } else {
        const message = `Consider adding ${term} — it tells readers you work there`;
        warnings.push({ kind: 'disclosure', severity: 'warning', term, message, ranges: [] });
      }
    }
    return [...errors, ...warnings];
  };
}

const HASHTAG_LINE = /^(?:[#＃][^\s#＃]+\s*)+$/u;

/**
 * Adds the disclosure at the end of the post, never twice. A hashtag disclosure joins a closing
 * line of hashtags after a space; anything else goes on a new line.
 */
export function addDisclosure(text: string, disclosure: string): string {
  const addition = disclosure.trim();
  if (!addition || containsDisclosure(text, addition)) return text;
  const body = text.trimEnd();
  if (!body) return addition;
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
  const joinsHashtags = HASHTAG_LINE.test(lastLine) && HASHTAG_LINE.test(addition);
  return `${body}${joinsHashtags ? ' ' : '\n'}${addition}`;
}
