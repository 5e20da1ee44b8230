// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  createOwnWordsMeter,
  meetsMinimum,
  ownWordsLabel,
  type OwnWordsResult,
} from '@/shared/compose/own-words';

const TITLE = 'We shipped offline mode';
const SUMMARY =
  'The app now works without a connection. Drafts, comments and attachments sync as soon as you are back online.';
const SUGGESTION = 'Offline mode is live. Proud of the team that made it happen!';
const meter = createOwnWordsMeter([TITLE, SUMMARY, '', SUGGESTION]);

/** The words of `post` that the meter marks as copied. */
function copiedText(post: string, result: OwnWordsResult): string[] {
  return result.copied.map(({ start, end }) => post.slice(start, end));
}

describe('createOwnWordsMeter', () => {
  it.each<[string, string, (ratio: number) => boolean]>([
    ['identical text', SUMMARY, (r) => r <= 0.1],
    [
      'a light paraphrase (a few words swapped)',
      'The app now works without any connection. Drafts, comments and files sync as soon as you are back online.',
      (r) => r < 0.25,
    ],
    [
      'the source sentences reordered',
      'Drafts, comments and attachments sync as soon as you are back online. The app now works without a connection.',
      (r) => r <= 0.1,
    ],
    [
      'a real rewrite',
      'I spent three weeks on the train with no signal, which is exactly why I pushed for this. ' +
        'Now my notes just wait on the phone and catch up when I reach the office. Small thing, big relief.',
      (r) => r > 0.7,
    ],
    [
      'a rewrite that quotes the title',
      'Finally! We shipped offline mode, and I finally get to write on the train without losing a thing.',
      (r) => r >= 0.7 && r < 1,
    ],
  ])('%s', (_name, post, expected) => {
    const { ratio } = meter(post);
    expect(expected(ratio), `ratio ${ratio}`).toBe(true);
  });

  it('is case- and punctuation-insensitive', () => {
    const post = 'the APP — now, works... without a CONNECTION';
    expect(meter(post).ratio).toBe(0);
    expect(copiedText(post, meter(post))).toEqual(['the APP — now, works... without a CONNECTION']);
  });

  it('needs 3 consecutive words: two in a row are still your own', () => {
    expect(meter('Offline mode changed my commute.')).toMatchObject({
      ownWords: 5,
      totalWords: 5,
      copied: [],
    });
  });

  it('does not count hashtags, mentions, e-mails or the link, and a run spans them', () => {
    const post =
      '#AcmeEmployee @anna @ben@mastodon.social The app #offline now works https://acme.example/blog?a=1 jan@acme.example';
    const result = meter(post);
    expect(result).toMatchObject({ totalWords: 4, ownWords: 0 });
    // The removed hashtag splits the highlighted range, so it is not shown as copied.
    expect(copiedText(post, result)).toEqual(['The app', 'now works']);
  });

  it('still removes e-mails, and reads a run of e-mail characters without an @ as words (issue 23)', () => {
    const withMail = createOwnWordsMeter(['we shipped offline mode today']);
    expect(withMail('mail a.b_c+d@acme.example we shipped offline mode')).toMatchObject({
      totalWords: 5,
      ownWords: 1,
    });
    // a, b, c, d and x: "@y" is a mention.
    expect(createOwnWordsMeter([])('a.b_c.d x@y')).toMatchObject({ totalWords: 5 });
  });

  it('counts nothing for a post of hashtags, emoji and a link only', () => {
    expect(meter('🎉🚀 #launch www.acme.example 1️⃣')).toEqual({
      ratio: 0,
      ownWords: 0,
      totalWords: 0,
      copied: [],
    });
  });

  it('marks the right words as copied, merging neighbours', () => {
    const post = 'Honestly? The app now works without a connection, and I love it.';
    const result = meter(post);
    expect(copiedText(post, result)).toEqual(['The app now works without a connection']);
    expect(result).toMatchObject({ totalWords: 12, ownWords: 5 });
  });

  it('gives UTF-16 ranges past emoji and astral characters', () => {
    const post = '🎉👨‍👩‍👧 Proud of the team 𝒳';
    const [range] = meter(post).copied;
    expect(post.slice(range!.start, range!.end)).toBe('Proud of the team');
  });

  it('does not join the end of one source with the start of the next', () => {
    // "…offline mode" (title) + "The app…" (summary) is not a run.
    expect(meter('offline mode the app rocks').copied).toEqual([]);
  });

  it.each([
    [
      'Polish, with diacritics',
      ['Wdrożyliśmy tryb offline. Aplikacja działa teraz bez połączenia z siecią.'],
      'Aplikacja działa teraz bez połączenia — a ja wreszcie mogę pisać w pociągu!',
      { totalWords: 12, ownWords: 7 },
    ],
    [
      'Polish typed without diacritics is counted as own words',
      ['Aplikacja działa teraz bez połączenia z siecią.'],
      'Aplikacja dziala teraz bez połączenia z siecią',
      { totalWords: 7, ownWords: 2 },
    ],
    [
      'Hebrew, right to left with geresh',
      ['השקנו מצב לא מקוון. לפי הדו״ח האפליקציה עובדת עכשיו בלי חיבור לרשת.'],
      'לפי הדו״ח האפליקציה עובדת עכשיו בלי חיבור ואני סוף סוף כותב ברכבת',
      { totalWords: 12, ownWords: 5 },
    ],
    [
      'emoji are not words and do not break a run',
      ['Offline mode is live'],
      'Offline 🚀 mode is live 🎉 yay',
      { totalWords: 5, ownWords: 1 },
    ],
    [
      'Japanese is split into words',
      ['オフラインモードを公開しました'],
      '今日オフラインモードを公開しました',
      { ownWords: 1 },
    ],
  ])('%s', (_name, sources, post, expected) => {
    expect(createOwnWordsMeter(sources)(post)).toMatchObject(expected);
  });

  it('without Intl.Segmenter (Firefox 115 ESR), a run of Japanese is one word', () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      expect(createOwnWordsMeter(['今日は'])('今日オフラインモードを公開しました')).toMatchObject({
        totalWords: 1,
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps diacritics in copied ranges', () => {
    const post = 'Wow: aplikacja DZIAŁA teraz bez sieci';
    const result = createOwnWordsMeter(['Aplikacja działa teraz offline'])(post);
    expect(copiedText(post, result)).toEqual(['aplikacja DZIAŁA teraz']);
  });
});

describe('ownWordsLabel and meetsMinimum', () => {
  const result = (ownWords: number, totalWords: number): OwnWordsResult => ({
    ratio: totalWords ? ownWords / totalWords : 0,
    ownWords,
    totalWords,
    copied: [],
  });

  it.each<[string, OwnWordsResult, string, string]>([
    ['empty', result(0, 0), 'empty', 'Start writing in your own words'],
    ['all own', result(10, 10), 'good', 'Mostly your words'],
    ['exactly 70%', result(7, 10), 'good', 'Mostly your words'],
    ['half', result(5, 10), 'mixed', 'Some of it is yours — add what this means to you'],
    ['exactly 40%', result(4, 10), 'mixed', 'Some of it is yours — add what this means to you'],
    ['mostly copied', result(1, 10), 'copied', 'Mostly copied — add what this means to you'],
  ])('%s', (_name, r, tone, text) => {
    expect(ownWordsLabel(r, 0)).toEqual({ tone, text });
  });

  it('says why sharing waits when the minimum is not reached', () => {
    expect(ownWordsLabel(result(2, 10), 0.3).minimumNote).toMatch(/at least 30% .* your own words/);
    expect(ownWordsLabel(result(3, 10), 0.3).minimumNote).toBeUndefined();
  });

  it.each<[OwnWordsResult, number, boolean]>([
    [result(0, 0), 0, true],
    [result(0, 10), 0, true],
    [result(0, 0), 0.3, false],
    [result(3, 10), 0.3, true],
    [result(2, 10), 0.3, false],
    [result(10, 10), 1, true],
  ])('meetsMinimum(%o, %d) is %s', (r, min, expected) => {
    expect(meetsMinimum(r, min)).toBe(expected);
  });
});
