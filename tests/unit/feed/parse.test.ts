// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedText } from '@/shared/feed/parse';
import type { ParseResult, ParsedFeed, FeedWarning } from '@/shared/feed/types';
import { englishText } from '@/shared/cli/english';
import { inEnglish } from '../../support/in-english';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/feeds', name), 'utf8');

function accepted(result: ParseResult): { feed: ParsedFeed; warnings: FeedWarning[] } {
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('rejected documents', () => {
  it.each([
    { file: 'not-json.txt', errors: [['(root)', /^The document is not JSON: /]] },
    {
      file: 'html-page.html',
      errors: [['(root)', /^The document is HTML, not a JSON feed \(is the URL right\?\)$/]],
    },
    {
      file: 'wrong-version.json',
      errors: [
        [
          'version',
          /`version` is "https:\/\/example.com\/feed\/2"; it must be a text starting with https:\/\/jsonfeed.org\/version\/1 \(http:\/\/ is read too\)/,
        ],
      ],
    },
    {
      file: 'missing-title.json',
      errors: [['title', /`title` is missing; it must be text of 1 to 200 characters/]],
    },
    { file: 'items-not-array.json', errors: [['items', /`items` is an object; it must be a list/]] },
    {
      file: 'schema-2.json',
      errors: [['_ownvoice.schema', /`_ownvoice.schema` is 2; .*needs a newer Ownvoice/]],
    },
    {
      file: 'several-errors.json',
      errors: [
        // The optional fields' mistakes in this file would only be warnings, so they are not listed.
        ['version', /is "1.1"/],
        ['title', /`title` is 42; it must be text/],
        ['items', /is "none"; it must be a list/],
      ],
    },
  ] as const)('$file is rejected with every error and its path', ({ file, errors }) => {
    const result = parseFeedText(fixture(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(errors.map(([path]) => path).sort());
    for (const [path, message] of errors) {
      const found = result.errors.find((e) => e.path === path);
      expect(found && englishText(found)).toMatch(message);
    }
  });

  it('rejects more than 5,000 items, and accepts exactly 5,000', () => {
    const items = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: String(i), title: `Item ${i}` }));
    const feed = (count: number) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Big',
      items: items(count),
    });
    const over = parseFeed(feed(5001));
    expect(inEnglish(over)).toEqual({
      ok: false,
      errors: [
        {
          path: 'items',
          message: expect.stringMatching(/5,001 entries; it must be a list of at most 5,000 items/),
        },
      ],
    });
    expect(accepted(parseFeed(feed(5000))).feed.items).toHaveLength(5000);
  });

  it.each([
    ['an array', '[]', /The document is a list of 0 entries; a feed must be a JSON object/],
    ['null', 'null', /The document is null/],
    ['empty text', '  \n', /The document is empty/],
    // RSS 2.0 and Atom 1.0 are read (parse-xml.test.ts); other XML, such as RSS 1.0 (RDF), is not.
    [
      'an RSS 1.0 (RDF) document',
      '<?xml version="1.0"?><rdf:RDF></rdf:RDF>',
      /XML \(an RSS or Atom feed\?\)/,
    ],
  ])('rejects %s at (root)', (_name, text, message) => {
    const result = parseFeedText(text);
    expect(inEnglish(result)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: expect.stringMatching(message) }],
    });
  });
});

describe('usable feeds', () => {
  it.each([
    { file: 'minimal.json', ids: ['1'], title: 'Minimal' },
    { file: 'format-example.json', ids: ['2026-11-launch'], title: 'Acme — news to share' },
    { file: 'rich.json', ids: ['hiring-2026', '42'], title: 'Globex people & news' },
    { file: 'numeric-id.json', ids: ['7', '8.5'], title: 'Numbered' },
  ])('$file gives items $ids', ({ file, ids, title }) => {
    const { feed } = accepted(parseFeedText(fixture(file)));
    expect(feed.meta.title).toBe(title);
    expect(feed.items.map((item) => item.id)).toEqual(ids);
  });

  it('maps the FEED-FORMAT example with defaults filled in', () => {
    const { feed, warnings } = accepted(parseFeedText(fixture('format-example.json')));
    expect(warnings).toEqual([]);
    expect(feed.meta).toEqual({
      title: 'Acme — news to share',
      organization: 'Acme',
      refreshMinutes: 60,
      guidelines: {
        disclosure: { text: '#AcmeEmployee', required: true },
        blockedTerms: ['confidential'],
        cautionTerms: [],
        minOwnWords: 0.3,
      },
      utm: {},
    });
    expect(feed.items[0]).toEqual({
      id: '2026-11-launch',
      url: 'https://acme.example/blog/launch',
      title: 'We shipped offline mode',
      datePublished: Date.UTC(2026, 10, 20, 9),
      tags: ['product'],
      suggestions: [{ text: 'Offline mode is live.', network: 'any' }],
      prompts: ['What part did you build, and what surprised you?'],
      roles: ['expert', 'promoter'],
      hashtags: [],
      networks: [],
      pinned: false,
    });
  });

  // Issue 21, item 9: the organizer's email, optional; a wrong one is left out with a warning.
  it.each([
    ['news@acme.example', 'news@acme.example', 0],
    ['not an address', undefined, 1],
  ])('reads _ownvoice.contact %s', (contact, read, warningCount) => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme',
      _ownvoice: { contact },
      items: [{ id: '1', title: 'Hello' }],
    });
    const { feed, warnings } = accepted(parseFeedText(text));
    expect(feed.meta.contact).toBe(read);
    expect(warnings).toHaveLength(warningCount);
  });

  it('maps every field of a rich feed, reducing content_html to plain text', () => {
    const { feed, warnings } = accepted(parseFeedText(fixture('rich.json')));
    expect(warnings).toEqual([]);
    expect(feed.meta.refreshMinutes).toBe(30);
    expect(feed.meta.guidelines.disclosure).toEqual({ text: '#GlobexEmployee', required: false });
    expect(feed.meta.utm).toEqual({ source: 'ownvoice', medium: 'employee_share', campaign: 'autumn' });
    const [hiring] = feed.items;
    expect(hiring).toMatchObject({
      contentText: 'We are hiring & growing.\n\n• Lisbon\n\n• Kraków',
      datePublished: Date.UTC(2026, 9, 1, 6),
      expiresAt: Date.UTC(2026, 11, 31, 23, 59, 59),
      roles: ['promoter', 'organizer'],
      networks: ['linkedin', 'bluesky'],
      pinned: true,
      campaign: 'hiring-q4',
      suggestions: [
        { text: 'My team is hiring!', network: 'linkedin', language: 'en' },
        { text: "We're hiring.", network: 'any' },
      ],
    });
    expect(hiring?.contentText).not.toContain('alert');
  });
});

describe('item problems cost only the item or the field', () => {
  const { feed, warnings } = accepted(parseFeedText(fixture('item-warnings.json')));
  const byId = (id: string) => feed.items.find((item) => item.id === id);

  it('keeps the usable items in order', () => {
    expect(feed.items.map((item) => item.id)).toEqual([
      'ok',
      'js',
      'data',
      'date',
      'roles',
      'long',
      'image',
      'html',
    ]);
  });

  it.each([
    {
      path: 'items[1]',
      index: 1,
      itemId: 'ok',
      message: /Item skipped: an earlier item already has the id "ok"/,
    },
    {
      path: 'items[2].url',
      index: 2,
      itemId: 'js',
      message:
        /`items\[2\].url` is "javascript:alert\(document.cookie\)"; it must be an http:\/\/ or https:\/\/ link.*left out/,
    },
    { path: 'items[3].external_url', index: 3, itemId: 'data', message: /is "data:text\/html.*left out/ },
    {
      path: 'items[4].date_published',
      index: 4,
      itemId: 'date',
      message: /is "20 Nov 2026"; it must be an RFC 3339 date/,
    },
    {
      path: 'items[4]._ownvoice.expires_at',
      index: 4,
      itemId: 'date',
      message: /is "2026-13-01T00:00:00Z"; it must be an RFC 3339 date/,
    },
    { path: 'items[5]', index: 5, itemId: 'empty', message: /Item skipped: it has nothing to share/ },
    {
      path: 'items[6]._ownvoice.roles[1]',
      index: 6,
      itemId: 'roles',
      message: /is "ceo"; it must be one of expert, promoter, organizer/,
    },
    {
      path: 'items[7]._ownvoice.suggestions[0].text',
      index: 7,
      itemId: 'long',
      message:
        /3,001 characters long; .*3,000 characters, so `items\[7\]._ownvoice.suggestions\[0\]` was left out/,
    },
    { path: 'items[8].url', index: 8, itemId: 'only-js', message: /"vbscript:msgbox\(1\)"/ },
    { path: 'items[8]', index: 8, itemId: 'only-js', message: /Item skipped: it has nothing to share/ },
    { path: 'items[9]', index: 9, itemId: undefined, message: /Item skipped: `items\[9\].id` is missing/ },
    { path: 'items[10].image', index: 10, itemId: 'image', message: /it must be an https:\/\/ link/ },
    {
      path: 'items[12]',
      index: 12,
      itemId: undefined,
      message: /Item skipped: it is "not an object"; an item must be an object/,
    },
  ])('warns at $path', ({ path, index, itemId, message }) => {
    const warning = warnings.find((w) => w.path === path && message.test(englishText(w)));
    expect(warning, JSON.stringify(warnings, null, 2)).toBeDefined();
    expect(warning?.index).toBe(index);
    expect(warning?.itemId).toBe(itemId);
  });

  it('drops only the broken fields', () => {
    expect(byId('js')?.url).toBeUndefined();
    expect(byId('js')?.title).toBe('Script link');
    expect(byId('data')).toMatchObject({ url: 'https://acme.example/data' });
    expect(byId('data')?.externalUrl).toBeUndefined();
    expect(byId('date')?.datePublished).toBeUndefined();
    expect(byId('date')?.expiresAt).toBeUndefined();
    expect(byId('roles')?.roles).toEqual(['expert']);
    expect(byId('long')?.suggestions).toEqual([{ text: 'Short one.', network: 'bluesky' }]);
    expect(byId('image')?.image).toBeUndefined();
    expect(byId('html')?.contentText).toBe('Only HTML here');
  });

  it('reports nothing else', () => {
    expect(warnings).toHaveLength(13);
  });
});
