// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findLinks, linkedinPreview, NETWORK_LIMITS, postLength } from '@/shared/compose/network-limits';

const FAMILY = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units
const FLAG = '🇵🇱';
const URL = 'https://acme.example/blog/2026/11/we-shipped-offline-mode?utm_source=x';

describe('postLength on X (twitter-text weighting)', () => {
  it.each([
    ['ASCII', 'Hello, world!', 13],
    ['Latin with diacritics weigh 1', 'Zażółć gęślą jaźń', 17],
    ['decomposed diacritics are counted in NFC', 'cafe\u0301', 4],
    ['CJK weigh 2', '日本語のテキスト', 16],
    ['Hebrew weighs 1 (below U+10FF)', 'שלום', 4],
    ['curly quotes and en dash weigh 1', '“a” – ‘b’', 9],
    ['a simple emoji weighs 2', '🎉', 2],
    ['a ZWJ family weighs 2', FAMILY, 2],
    ['a flag weighs 2', FLAG, 2],
    ['a skin tone weighs 2', '👍🏽', 2],
    ['a keycap weighs 2', '1️⃣', 2],
    ['a heart with VS16 weighs 2', '❤️', 2],
    ['text-style © weighs 1', '©', 1],
    ['a URL weighs 23', URL, 23],
    ['a short URL weighs 23 too', 'http://a.io', 23],
    ['bare www. weighs 23', 'www.acme.example/launch', 23],
    ['trailing punctuation is not part of the URL', `See ${URL}.`, 4 + 23 + 1],
    ['mixed', `Shipped ${FAMILY} ${FLAG} 日本 ${URL}`, 8 + 2 + 1 + 2 + 1 + 4 + 1 + 23],
  ])('%s', (_name, text, used) => {
    expect(postLength(text, 'x')).toEqual({ used, limit: 280, over: false, unit: 'characters' });
  });

  it('is over the limit at 281', () => {
    expect(postLength('a'.repeat(280), 'x').over).toBe(false);
    expect(postLength('a'.repeat(281), 'x').over).toBe(true);
    expect(postLength('日'.repeat(141), 'x')).toMatchObject({ used: 282, over: true });
  });
});

describe('postLength on Bluesky (graphemes)', () => {
  it.each([
    ['ASCII', 'Hello', 5],
    ['a ZWJ family is one', FAMILY, 1],
    ['a flag is one', FLAG, 1],
    ['combining marks join their letter', 'cafe\u0301 n\u0303', 6],
    ['Hindi clusters', 'नमस्ते', 3],
    ['a URL counts in full', 'https://a.example/xyz', 21],
  ])('%s', (_name, text, used) => {
    expect(postLength(text, 'bluesky')).toEqual({ used, limit: 300, over: false, unit: 'graphemes' });
  });

  it('agrees with segmenting the whole text', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const texts = [
      `Zażółć gęślą jaźń ${FAMILY}\r\n❤️ e\u0301 🇵🇱🇺🇦 👍🏽`,
      'नमस्ते दुनिया, क्षत्रिय',
      '한국어 \u1100\u1161\u11A8 각',
      'ภาษาไทย กำลัง',
      'שָׁלוֹם עולם',
      '\u0301 starts with a mark; x\u200D🎉',
      '\u0600123 ﾊﾟﾝ',
    ];
    for (const text of texts) {
      expect(postLength(text, 'bluesky').used, text).toBe(Array.from(segmenter.segment(text)).length);
    }
  });

  describe('without Intl.Segmenter (Firefox 115 ESR)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it.each([
      ['a ZWJ family is one', FAMILY, 1],
      ['two flags are two', FLAG + FLAG, 2],
      ['combining marks join their letter', 'cafe\u0301 n\u0303', 6],
      ['CRLF is one', 'a\r\nb', 3],
    ])('%s', (_name, text, used) => {
      vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
      expect(postLength(text, 'bluesky').used).toBe(used);
    });
  });

  it('is over at 301 graphemes, not at 301 code points', () => {
    expect(postLength(FAMILY.repeat(300), 'bluesky').over).toBe(false);
    expect(postLength('a'.repeat(301), 'bluesky').over).toBe(true);
  });
});

describe('postLength on Mastodon, LinkedIn and Facebook', () => {
  it.each([
    ['mastodon', 'Hello', 5],
    ['mastodon', `Read ${URL} now`, 5 + 23 + 4],
    ['mastodon', 'two http://a.io https://b.io/long/path', 4 + 23 + 1 + 23],
    ['mastodon', 'bare www.acme.example is text', 29],
    ['mastodon', 'cc @anna@mastodon.social', 8],
    ['mastodon', FAMILY, 7],
    ['linkedin', FAMILY, 7],
    ['linkedin', URL, URL.length],
    ['facebook', '日本 🎉', 4],
  ] as const)('%s: %s', (network, text, used) => {
    expect(postLength(text, network).used).toBe(used);
  });

  it('knows each limit and unit', () => {
    expect(NETWORK_LIMITS).toMatchObject({
      linkedin: { limit: 3000, unit: 'characters' },
      x: { limit: 280, unit: 'characters' },
      facebook: { limit: 63206, unit: 'characters' },
      bluesky: { limit: 300, unit: 'graphemes' },
      mastodon: { limit: 500, unit: 'characters' },
    });
    expect(postLength('a'.repeat(3001), 'linkedin').over).toBe(true);
    expect(postLength('a'.repeat(600), 'mastodon', { limit: 1000 })).toMatchObject({
      limit: 1000,
      over: false,
    });
  });
});

describe('findLinks', () => {
  it.each([
    ['(see https://en.wikipedia.org/wiki/Foo_(bar)).', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['“https://a.example/x”, and www.b.example!', ['https://a.example/x', 'www.b.example']],
    ['HTTPS://A.EXAMPLE/X?q=1#frag', ['HTTPS://A.EXAMPLE/X?q=1#frag']],
    ['not a link: www. or https:// or mywww.site', []],
  ])('%s', (text, urls) => {
    expect(findLinks(text).map((l) => l.url)).toEqual(urls);
  });
});

describe('linkedinPreview', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('shows a short post whole', () => {
    expect(linkedinPreview('Short post.\nSecond line.\n\n')).toEqual({
      visible: 'Short post.\nSecond line.',
      truncated: false,
    });
  });

  it('stops after three lines', () => {
    expect(linkedinPreview('One\nTwo\nThree\nFour')).toEqual({ visible: 'One\nTwo\nThree', truncated: true });
    expect(linkedinPreview('One\n\nThree\nFour').visible).toBe('One\n\nThree');
  });

  it('stops near 210 characters at a word boundary', () => {
    const text = words(60); // "word0 word1 …", well over 210 characters
    const { visible, truncated } = linkedinPreview(text);
    expect(truncated).toBe(true);
    expect(visible.length).toBeLessThanOrEqual(210);
    expect(visible.length).toBeGreaterThan(200);
    expect(text.startsWith(visible + ' ')).toBe(true);
  });

  it('takes the shorter of the two limits', () => {
    const long = words(60);
    expect(linkedinPreview(`${long}\nTwo\nThree`).visible.split('\n')).toHaveLength(1);
    expect(linkedinPreview(`a\nb\n${long}`).visible.startsWith('a\nb\nword0')).toBe(true);
  });

  it('counts code points and never splits a surrogate pair', () => {
    const { visible } = linkedinPreview('😀'.repeat(300));
    expect(Array.from(visible)).toHaveLength(210);
    expect(visible.isWellFormed()).toBe(true);
  });
});
