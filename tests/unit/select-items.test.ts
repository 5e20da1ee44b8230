import { describe, expect, it } from 'vitest';
import {
  facets,
  normalizeText,
  selectItems,
  type ItemFilters,
  type ItemPrefs,
} from '@/shared/feed/select-items';
import type { ItemRecord } from '@/storage/db';
import { HOUR, NOW, feedRecord, itemRecord } from '../fixtures/records';

const item = (id: string, over: Partial<ItemRecord> = {}) =>
  itemRecord(id, { feedUrl: 'https://a.example/feed.json', ...over });
const feed = (url: string) => feedRecord(url, { meta: null });

const FEEDS = [feed('https://a.example/feed.json'), feed('https://b.example/feed.json')];
const NO_FILTERS: ItemFilters = { query: '' };
const NO_PREFS: ItemPrefs = { roles: [], languages: [] };

const ids = (items: ItemRecord[]) => items.map((i) => i.id);

describe('selectItems', () => {
  it.each<{
    name: string;
    items: ItemRecord[];
    filters?: Partial<ItemFilters>;
    prefs?: Partial<ItemPrefs>;
    expected: string[];
  }>([
    {
      name: 'hides expired items (expiresAt ≤ now)',
      items: [
        item('past', { expiresAt: NOW - 1 }),
        item('edge', { expiresAt: NOW }),
        item('future', { expiresAt: NOW + 1 }),
        item('none'),
      ],
      expected: ['future', 'none'],
    },
    {
      name: 'hides items of feeds no longer subscribed',
      items: [item('kept'), item('orphan', { feedUrl: 'https://gone.example/feed.json' })],
      expected: ['kept'],
    },
    {
      name: 'pinned first, then newest',
      items: [
        item('old', { datePublished: NOW - 5 * HOUR }),
        item('new', { datePublished: NOW - HOUR }),
        item('pinned-old', { datePublished: NOW - 9 * HOUR, pinned: true }),
      ],
      expected: ['pinned-old', 'new', 'old'],
    },
    {
      name: "the employee's roles rank above newer items, below pinned",
      items: [
        item('new', { datePublished: NOW - HOUR }),
        item('for-me', { datePublished: NOW - 5 * HOUR, roles: ['expert'] }),
        item('for-others', { datePublished: NOW - 2 * HOUR, roles: ['organizer'] }),
        item('pinned', { datePublished: NOW - 9 * HOUR, pinned: true }),
      ],
      prefs: { roles: ['expert', 'promoter'] },
      expected: ['pinned', 'for-me', 'new', 'for-others'],
    },
    {
      name: 'dateModified stands in for a missing datePublished; undated last, in feed order',
      items: [
        item('undated-2', { position: 2 }),
        item('modified', { dateModified: NOW - 3 * HOUR, position: 3 }),
        item('undated-1', { position: 1 }),
        item('published', { datePublished: NOW - 4 * HOUR, position: 4 }),
      ],
      expected: ['modified', 'published', 'undated-1', 'undated-2'],
    },
    {
      name: 'equal dates keep the order of feeds, then of the feed document',
      items: [
        item('b0', { feedUrl: 'https://b.example/feed.json', position: 0, datePublished: NOW }),
        item('a1', { position: 1, datePublished: NOW }),
        item('a0', { position: 0, datePublished: NOW }),
      ],
      expected: ['a0', 'a1', 'b0'],
    },
    {
      name: 'search ignores case',
      items: [item('hit', { title: 'Offline MODE shipped' }), item('miss', { title: 'Hiring' })],
      filters: { query: 'offline mode' },
      expected: ['hit'],
    },
    {
      name: 'search ignores diacritics on both sides',
      items: [
        item('hit', { title: 'Nowe biuro w Łodzi' }),
        item('cafe', { summary: 'Café opening' }),
        item('miss'),
      ],
      filters: { query: 'lodzi' },
      expected: ['hit'],
    },
    {
      name: 'an accented query finds unaccented text',
      items: [item('cafe', { summary: 'Cafe opening' }), item('miss')],
      filters: { query: 'CAFÉ' },
      expected: ['cafe'],
    },
    {
      name: 'search covers summary and tags; every word must match',
      items: [
        item('summary', { title: 'x', summary: 'The offline release' }),
        item('tag', { title: 'offline', tags: ['Release'] }),
        item('one-word', { title: 'offline' }),
      ],
      filters: { query: 'offline release' },
      expected: ['summary', 'tag'],
    },
    {
      name: 'filters by feed, tag (any case) and role',
      items: [
        item('match', { tags: ['Product'], roles: ['expert'] }),
        item('other-feed', { feedUrl: 'https://b.example/feed.json', tags: ['product'], roles: ['expert'] }),
        item('other-tag', { tags: ['hiring'], roles: ['expert'] }),
        item('other-role', { tags: ['product'], roles: ['promoter'] }),
      ],
      filters: { feedUrl: 'https://a.example/feed.json', tag: 'product', role: 'expert' },
      expected: ['match'],
    },
    {
      name: 'picked languages restrict the list; items without a language always show',
      items: [
        item('pl', { language: 'pl' }),
        item('en-us', { language: 'en-US' }),
        item('de', { language: 'de' }),
        item('none'),
      ],
      prefs: { languages: ['en', 'pl'] },
      expected: ['pl', 'en-us', 'none'],
    },
    {
      name: 'no picked languages: every language shows',
      items: [item('pl', { language: 'pl' }), item('de', { language: 'de' })],
      expected: ['pl', 'de'],
    },
    {
      name: 'an explicit language filter overrides the picked languages',
      items: [item('pl', { language: 'pl' }), item('de', { language: 'de' }), item('none')],
      filters: { language: 'de' },
      prefs: { languages: ['pl'] },
      expected: ['de'],
    },
  ])('$name', ({ items, filters, prefs, expected }) => {
    const result = selectItems(items, FEEDS, { ...NO_FILTERS, ...filters }, { ...NO_PREFS, ...prefs }, NOW);
    expect(ids(result)).toEqual(expected);
  });

  it('does not modify its input', () => {
    const items = [item('b', { datePublished: 1 }), item('a', { datePublished: 2 })];
    selectItems(items, FEEDS, NO_FILTERS, NO_PREFS, NOW);
    expect(ids(items)).toEqual(['b', 'a']);
  });

  it('handles 5,000 items', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      item(String(i), { position: i, title: `Zażółć gęślą jaźń ${i}`, datePublished: NOW - i * HOUR }),
    );
    expect(selectItems(many, FEEDS, { query: 'jazn 4999' }, NO_PREFS, NOW)).toHaveLength(1);
    expect(selectItems(many, FEEDS, { query: 'GESLA' }, NO_PREFS, NOW)).toHaveLength(5000);
  });
});

describe('normalizeText', () => {
  it.each([
    ['Zażółć Gęślą Jaźń', 'zazolc gesla jazn'],
    ['Straße', 'strasse'],
    ['Ørsted', 'orsted'],
    ['Crème brûlée', 'creme brulee'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('facets', () => {
  it('lists distinct tags, roles (in their fixed order) and languages', () => {
    const result = facets([
      item('1', { tags: ['product', 'Hiring'], roles: ['promoter'], language: 'pl' }),
      item('2', { tags: ['Product', 'events'], roles: ['expert', 'promoter'], language: 'en' }),
      item('3', { language: 'PL' }),
    ]);
    expect(result).toEqual({
      tags: ['events', 'Hiring', 'product'],
      roles: ['expert', 'promoter'],
      languages: ['en', 'pl'],
    });
  });
});
