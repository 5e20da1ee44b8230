// @vitest-environment node
// Issue 15, item 3: the reader is liberal where real feeds need it. Only what the format requires
// (`version`, `title`, `items`), an unknown future `_ownvoice.schema` and the limits reject a feed.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@/shared/feed/parse';
import type { ParseResult, ParsedFeed, FeedWarning } from '@/shared/feed/types';
import { englishText } from '@/shared/cli/english';

const ITEMS = [
  { id: 'a', title: 'First', url: 'https://acme.example/a' },
  { id: 'b', title: 'Second' },
];

function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Acme', items: ITEMS, ...extra };
}

function accepted(result: ParseResult): { feed: ParsedFeed; warnings: FeedWarning[] } {
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('JSON Feed versions', () => {
  it.each([
    'http://jsonfeed.org/version/1',
    'https://jsonfeed.org/version/1',
    'http://jsonfeed.org/version/1.1',
    'https://jsonfeed.org/version/1.1',
    'https://jsonfeed.org/version/1.1/',
    ' https://jsonfeed.org/version/1.1 ',
  ])('reads %j', (version) => {
    const { feed, warnings } = accepted(parseFeed(doc({ version })));
    expect(feed.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([]);
  });

  it('reads a JSON Feed 1.0 with its `author` object (which, like 1.1 `authors`, nothing here shows)', () => {
    const result = parseFeed({
      version: 'http://jsonfeed.org/version/1',
      title: 'A 1.0 feed',
      author: { name: 'Ana', url: 'https://ana.example/' },
      items: [{ id: '1', content_text: 'Hello', author: { name: 'Ana' } }],
    });
    expect(accepted(result).feed.items[0]).toMatchObject({ id: '1', contentText: 'Hello' });
  });

  it.each([
    'https://jsonfeed.org/version/2',
    'https://example.com/feed/1',
    'ftp://jsonfeed.org/version/1',
    1.1,
  ])('rejects %j', (version) => {
    const result = parseFeed(doc({ version }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['version']);
  });
});

describe('guideline notes', () => {
  it.each([
    ['one text', 'Speak for yourself.', 'Speak for yourself.'],
    [
      'a list',
      ['Speak for yourself.', ' Never name customers. '],
      'Speak for yourself.\nNever name customers.',
    ],
    ['a list with empty entries', ['', 'Only this.', '   '], 'Only this.'],
    ['a text of several lines', 'Do this.\r\n\r\nNot that.', 'Do this.\nNot that.'],
  ])('reads %s, one note per line', (_name, notes, stored) => {
    const { feed, warnings } = accepted(parseFeed(doc({ _ownvoice: { guidelines: { notes } } })));
    expect(feed.meta.guidelines.notes).toBe(stored);
    expect(feed.meta.guidelines.incomplete).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('cuts an over-long entry of a list and keeps the others', () => {
    const { feed, warnings } = accepted(
      parseFeed(doc({ _ownvoice: { guidelines: { notes: ['Short.', 'x'.repeat(6000)] } } })),
    );
    expect(feed.meta.guidelines.notes).toBe(`Short.\n${'x'.repeat(5000)}`);
    expect(warnings.map((w) => w.path)).toEqual(['_ownvoice.guidelines.notes[1]']);
    expect(feed.meta.guidelines.incomplete).toBeUndefined();
  });
});

describe('a malformed optional feed-level field costs only itself', () => {
  it.each([
    ['home_page_url', { home_page_url: 'javascript:alert(1)' }, 'home_page_url', false],
    ['feed_url', { feed_url: 42 }, 'feed_url', false],
    ['icon', { icon: 'data:image/png;base64,AAAA' }, 'icon', false],
    ['favicon', { favicon: ['https://acme.example/f.ico'] }, 'favicon', false],
    ['description', { description: { en: 'News' } }, 'description', false],
    ['language', { language: 'x'.repeat(40) }, 'language', false],
    ['language (a number)', { language: 7 }, 'language', false],
    ['_ownvoice', { _ownvoice: 'acme' }, '_ownvoice', true],
    ['organization', { _ownvoice: { organization: ['Acme'] } }, '_ownvoice.organization', false],
    ['refresh_minutes', { _ownvoice: { refresh_minutes: 5 } }, '_ownvoice.refresh_minutes', false],
    ['utm', { _ownvoice: { utm: 'yes' } }, '_ownvoice.utm', false],
    ['utm.campaign', { _ownvoice: { utm: { campaign: 3 } } }, '_ownvoice.utm.campaign', false],
    ['guidelines', { _ownvoice: { guidelines: [] } }, '_ownvoice.guidelines', true],
    [
      'guidelines.url',
      { _ownvoice: { guidelines: { url: 'javascript:x' } } },
      '_ownvoice.guidelines.url',
      true,
    ],
    ['guidelines.notes', { _ownvoice: { guidelines: { notes: 5 } } }, '_ownvoice.guidelines.notes', true],
    [
      'guidelines.notes (a list with a number)',
      { _ownvoice: { guidelines: { notes: ['ok', 5] } } },
      '_ownvoice.guidelines.notes',
      true,
    ],
    [
      'guidelines.disclosure',
      { _ownvoice: { guidelines: { disclosure: { text: '' } } } },
      '_ownvoice.guidelines.disclosure.text',
      true,
    ],
    [
      'guidelines.blocked_terms (not a list)',
      { _ownvoice: { guidelines: { blocked_terms: 'confidential' } } },
      '_ownvoice.guidelines.blocked_terms',
      true,
    ],
    [
      'guidelines.caution_terms (one entry)',
      { _ownvoice: { guidelines: { caution_terms: ['guarantee', 7] } } },
      '_ownvoice.guidelines.caution_terms[1]',
      true,
    ],
    [
      'guidelines.min_own_words',
      { _ownvoice: { guidelines: { min_own_words: 1.5 } } },
      '_ownvoice.guidelines.min_own_words',
      true,
    ],
  ] as const)('%s: dropped with a warning naming its path', (_name, extra, path, guideline) => {
    const { feed, warnings } = accepted(parseFeed(doc(extra)));
    expect(feed.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(warnings.map((w) => w.path)).toEqual([path]);
    expect(englishText(warnings[0]!)).toMatch(
      new RegExp(`^\`${path.replace(/[.[\]]/g, '\\$&')}\` is .*left out$`),
    );
    expect(feed.meta.guidelines.incomplete ?? false).toBe(guideline);
  });

  it('keeps what was readable beside a dropped field', () => {
    const { feed } = accepted(
      parseFeed(
        doc({
          language: 7,
          _ownvoice: {
            organization: 'Acme',
            refresh_minutes: 5,
            guidelines: { blocked_terms: ['confidential', 7], min_own_words: 0.3, notes: ['Be kind.'] },
          },
        }),
      ),
    );
    expect(feed.meta).toMatchObject({
      organization: 'Acme',
      refreshMinutes: 60,
      guidelines: { blockedTerms: ['confidential'], minOwnWords: 0.3, notes: 'Be kind.', incomplete: true },
    });
    expect(feed.meta.language).toBeUndefined();
  });
});

describe('still a whole-feed rejection', () => {
  it.each([
    ['a missing version', { version: undefined }, 'version'],
    ['a missing title', { title: undefined }, 'title'],
    ['an empty title', { title: '  ' }, 'title'],
    ['items that are not a list', { items: { a: 1 } }, 'items'],
    ['a future `_ownvoice.schema`', { _ownvoice: { schema: 2, organization: 'Acme' } }, '_ownvoice.schema'],
    ['a `_ownvoice.schema` that is not 1', { _ownvoice: { schema: 'one' } }, '_ownvoice.schema'],
    ['more items than the limit', { items: Array.from({ length: 5001 }, (_, i) => ({ id: i })) }, 'items'],
  ])('%s', (_name, extra, path) => {
    const result = parseFeed(doc(extra));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([path]);
  });

  it('reports only the rejecting errors when optional fields are broken too', () => {
    const result = parseFeed(doc({ title: 42, language: 7, _ownvoice: { refresh_minutes: 5 } }));
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['title']);
  });
});
