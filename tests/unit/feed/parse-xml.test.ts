// @vitest-environment node
import { inEnglish } from '../../support/in-english';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '@/shared/feed/parse';
import type { FeedItem, FeedWarning, ParseResult, ParsedFeed } from '@/shared/feed/types';
import { parseFeedDate } from '@/shared/feed/xml-dates';
import { englishText } from '@/shared/cli/english';

const FIXTURES = path.resolve('tests/fixtures/feeds/xml');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function accepted(result: ParseResult): { feed: ParsedFeed; warnings: FeedWarning[] } {
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.errors)}`);
  return result;
}

const rss = (items: string, channel = '<title>T</title>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;
const atom = (entries: string, head = '<title>T</title>') =>
  `<feed xmlns="http://www.w3.org/2005/Atom">${head}${entries}</feed>`;

describe('feeds from real generators', () => {
  interface Expected {
    title: string;
    items: number;
    first: Partial<FeedItem>;
    warnings?: Array<Partial<FeedWarning>>;
  }
  const cases: Array<[string, string, Expected]> = [
    [
      'WordPress (RSS 2.0)',
      'wordpress-rss.xml',
      {
        title: 'Acme Newsroom',
        items: 2,
        first: {
          id: 'https://news.acme.example/?p=1042',
          url: 'https://news.acme.example/2025/11/20/offline-mode/',
          title: 'We shipped offline mode – and here’s how',
          summary: expect.stringMatching(/^The app now works without a connection\. Here is what/) as string,
          contentText: expect.stringContaining('What it took\n\n• A new sync engine') as string,
          datePublished: Date.UTC(2025, 10, 20, 9),
          tags: ['Product', 'Engineering & Design'],
          language: 'en-US',
        },
      },
    ],
    [
      'WordPress (Atom 1.0)',
      'wordpress-atom.xml',
      {
        title: 'Acme Newsroom',
        items: 1,
        first: {
          id: 'https://news.acme.example/?p=1042',
          title: 'We shipped offline mode – and here’s how',
          dateModified: Date.UTC(2025, 10, 20, 9, 10, 2),
          tags: ['Product', 'Engineering & Design'],
        },
      },
    ],
    [
      'Ghost',
      'ghost-rss.xml',
      {
        title: 'Northwind Engineering',
        items: 2,
        first: {
          id: '6734b1f0c2a9d70001a1b2c3',
          url: 'https://blog.northwind.example/build-times/',
          image: 'https://blog.northwind.example/content/images/2025/11/builds.jpg',
          contentText: expect.not.stringContaining('evil') as string,
          tags: ['Engineering', 'CI'],
        },
      },
    ],
    [
      'Hugo',
      'hugo-rss.xml',
      {
        title: 'Contoso Labs',
        items: 2,
        first: {
          id: 'https://labs.contoso.example/posts/open-source-year/',
          summary: expect.stringMatching(/would do again & what we would not\.\n\n1\. Docs first/) as string,
          datePublished: Date.UTC(2025, 10, 18, 10),
        },
      },
    ],
    [
      'Jekyll (jekyll-feed, Atom)',
      'jekyll-atom.xml',
      {
        title: 'Fabrikam People & Culture',
        items: 2,
        first: {
          url: 'https://people.fabrikam.example/2025/11/19/mentoring.html',
          image: 'https://people.fabrikam.example/assets/mentoring.jpg',
          contentText: expect.stringContaining('“My mentor changed how I plan my week.”') as string,
          tags: ['culture', 'mentoring'],
        },
      },
    ],
    [
      'a newsroom platform (Mynewsdesk-style press releases)',
      'newsroom-rss.xml',
      {
        title: 'Tailspin Toys - Press releases',
        items: 3,
        first: {
          url: 'https://www.mynewsdesk.example/tailspin/pressreleases/q3-2025-3401234?utm_source=rss&utm_medium=rss&utm_campaign=Alert',
          summary: 'Net sales rose 14 % to SEK 2.1 billion – driven by the new Skyline range.',
          image: 'https://mnd-assets.mynewsdesk.example/image/upload/c_fill,w_1200/q3-hero.jpg',
        },
        warnings: [
          {
            path: 'rss.channel.item[1].enclosure[0]',
            index: 1,
            code: 'field.dropped',
          },
        ],
      },
    ],
  ];

  it.each(cases)('reads %s', (_name, file, expected) => {
    const { feed, warnings } = accepted(parseFeedText(fixture(file)));
    expect(feed.meta.title).toBe(expected.title);
    expect(feed.meta.refreshMinutes).toBe(60);
    expect(feed.meta.guidelines).toEqual({ blockedTerms: [], cautionTerms: [], minOwnWords: 0 });
    expect(feed.items).toHaveLength(expected.items);
    expect(feed.items[0]).toMatchObject(expected.first);
    expect(warnings).toEqual((expected.warnings ?? []).map((w) => expect.objectContaining(w)));
  });

  it('reads the newsroom dates: dc:date and RFC 822 zone names', () => {
    const { feed } = accepted(parseFeedText(fixture('newsroom-rss.xml')));
    expect(feed.items[1]?.datePublished).toBe(Date.UTC(2025, 9, 9, 6));
    expect(feed.items[2]?.datePublished).toBe(Date.UTC(2025, 8, 29, 13));
    expect(feed.items[2]?.image).toBe('https://mnd-assets.mynewsdesk.example/image/upload/maria-berg.png');
  });

  it('resolves relative Atom links and reads XHTML content as text', () => {
    const { feed } = accepted(parseFeedText(fixture('jekyll-atom.xml')));
    expect(feed.items[1]).toMatchObject({
      url: 'https://people.fabrikam.example/2025/10/02/volunteering.html',
      contentText: "Every employee gets three paid days a year.\n\nHere's how to use them.",
      datePublished: Date.UTC(2025, 9, 2, 7),
    });
  });
});

describe('RSS mapping rules', () => {
  it('uses the link when there is no guid, and a permalink guid when there is no link', () => {
    const { feed } = accepted(
      parseFeedText(
        rss(
          '<item><title>a</title><link>https://x.example/a</link></item>' +
            '<item><title>b</title><guid>https://x.example/b</guid></item>' +
            '<item><title>c</title><guid isPermaLink="false">https://x.example/c</guid></item>',
        ),
      ),
    );
    expect(feed.items.map((i) => [i.id, i.url])).toEqual([
      ['https://x.example/a', 'https://x.example/a'],
      ['https://x.example/b', 'https://x.example/b'],
      ['https://x.example/c', undefined],
    ]);
  });

  it('skips an item with nothing to identify it, naming it by its XML path', () => {
    const { feed, warnings } = accepted(parseFeedText(rss('<item><description>x</description></item>')));
    expect(feed.items).toEqual([]);
    expect(inEnglish(warnings)).toEqual([
      {
        path: 'rss.channel.item[0]',
        index: 0,
        message: 'Item skipped: it has no <guid> or <link> to tell it apart from other items.',
      },
    ]);
  });

  it('drops a non-http link and a bad date with warnings in XML terms, keeping the item', () => {
    const { feed, warnings } = accepted(
      parseFeedText(
        rss(
          '<item><guid>1</guid><title>ok</title><link>javascript:alert(1)</link><pubDate>next Tuesday</pubDate></item>',
        ),
      ),
    );
    expect(feed.items[0]).toMatchObject({ id: '1', title: 'ok' });
    expect(feed.items[0]?.url).toBeUndefined();
    expect(feed.items[0]?.datePublished).toBeUndefined();
    expect(warnings.map((w) => [w.path, w.itemId])).toEqual([
      ['rss.channel.item[0].pubDate', '1'],
      ['rss.channel.item[0].link', '1'],
    ]);
    expect(englishText(warnings[1]!)).toMatch(/^`rss\.channel\.item\[0\]\.link` is "javascript:alert\(1\)"/);
  });

  it('skips a later item with the same guid', () => {
    const { feed, warnings } = accepted(
      parseFeedText(
        rss('<item><guid>1</guid><title>a</title></item><item><guid>1</guid><title>b</title></item>'),
      ),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['a']);
    expect(inEnglish(warnings[0])).toMatchObject({
      path: 'rss.channel.item[1]',
      message: expect.stringMatching(/already/),
    });
  });

  it('treats a long description without content:encoded as the content, not a summary to cut', () => {
    const long = `&lt;p&gt;${'word '.repeat(1500)}&lt;/p&gt;`;
    const { feed, warnings } = accepted(
      parseFeedText(rss(`<item><guid>1</guid><description>${long}</description></item>`)),
    );
    expect(feed.items[0]?.summary).toBeUndefined();
    expect(feed.items[0]?.contentText).toHaveLength('word '.repeat(1500).trim().length);
    expect(warnings).toEqual([]);
  });

  it('cuts an over-long title with the same limit as JSON feeds', () => {
    const { feed, warnings } = accepted(
      parseFeedText(rss(`<item><guid>1</guid><title>${'x'.repeat(1500)}</title></item>`)),
    );
    expect(feed.items[0]?.title).toHaveLength(1000);
    expect(inEnglish(warnings[0])).toMatchObject({
      path: 'rss.channel.item[0].title',
      message: expect.stringMatching(/cut to 1,000/),
    });
  });

  it('takes only image enclosures, and only https ones', () => {
    const { feed } = accepted(
      parseFeedText(
        rss(
          '<item><guid>1</guid><title>a</title><enclosure url="https://x.example/ep.mp3" type="audio/mpeg" length="1"/></item>' +
            '<item><guid>2</guid><title>b</title><media:content url="https://x.example/i.webp" medium="image"/></item>',
        ),
      ),
    );
    expect(feed.items[0]?.image).toBeUndefined();
    expect(feed.items[1]?.image).toBe('https://x.example/i.webp');
  });

  it('keeps text as text: markup in a title is never interpreted', () => {
    const { feed } = accepted(
      parseFeedText(rss('<item><guid>1</guid><title>&lt;img src=x onerror=alert(1)&gt;</title></item>')),
    );
    expect(feed.items[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects a channel without a title, naming the element', () => {
    expect(inEnglish(parseFeedText(rss('', '<link>https://x.example/</link>')))).toEqual({
      ok: false,
      errors: [
        {
          path: 'rss.channel.title',
          message: expect.stringMatching(
            /^`rss\.channel\.title` is missing; it must be text of 1 to 200/,
          ) as string,
        },
      ],
    });
  });

  it('rejects an rss element without a channel', () => {
    expect(parseFeedText('<rss version="2.0"></rss>')).toMatchObject({
      ok: false,
      errors: [{ path: 'rss.channel' }],
    });
  });
});

describe('Atom mapping rules', () => {
  it('reads html content as text and prefers published over updated', () => {
    const { feed } = accepted(
      parseFeedText(
        atom(
          '<entry><id>urn:1</id><title type="html">A &amp;amp; B</title><link rel="alternate" href="https://x.example/1"/>' +
            '<published>2025-01-02T03:04:05+01:00</published><updated>2025-02-01T00:00:00Z</updated>' +
            '<content type="html">&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;bad()&lt;/script&gt;</content><category term="t1"/></entry>',
        ),
      ),
    );
    expect(feed.items[0]).toMatchObject({
      id: 'urn:1',
      url: 'https://x.example/1',
      title: 'A & B',
      contentText: 'Hi',
      datePublished: Date.UTC(2025, 0, 2, 2, 4, 5),
      dateModified: Date.UTC(2025, 1, 1),
      tags: ['t1'],
    });
  });

  it('ignores out-of-line content and uses the link as id when there is no id', () => {
    const { feed } = accepted(
      parseFeedText(
        atom(
          '<entry><title>x</title><link href="https://x.example/2"/><content src="https://x.example/c.pdf" type="application/pdf"/></entry>',
        ),
      ),
    );
    expect(feed.items[0]).toMatchObject({ id: 'https://x.example/2', title: 'x' });
    expect(feed.items[0]?.contentText).toBeUndefined();
  });

  it('names bad Atom dates by their element', () => {
    const { warnings } = accepted(
      parseFeedText(atom('<entry><id>1</id><title>x</title><updated>soon</updated></entry>')),
    );
    expect(warnings.map((w) => w.path)).toEqual(['feed.entry[0].updated', 'feed.entry[0].updated']);
  });
});

describe('other XML stays rejected', () => {
  it.each([
    [
      'RSS 1.0 (RDF)',
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
    ],
    ['Atom 0.3', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>x</title></feed>'],
  ])('%s', (_name, text) => {
    expect(inEnglish(parseFeedText(text))).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'The document is XML (an RSS or Atom feed?), not a JSON feed.' }],
    });
  });
});

describe('feed dates', () => {
  it.each([
    ['Tue, 10 Jun 2025 04:00:00 GMT', Date.UTC(2025, 5, 10, 4)],
    ['Tue, 10 Jun 2025 04:00:00 +0200', Date.UTC(2025, 5, 10, 2)],
    ['10 Jun 2025 04:00 PDT', Date.UTC(2025, 5, 10, 11)],
    ['Tuesday, 10 June 2025 04:00:00 -0000', Date.UTC(2025, 5, 10, 4)],
    ['Tue, 10 Jun 25 04:00:00 GMT', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10T04:00:00Z', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10T04:00:00.250-03:30', Date.UTC(2025, 5, 10, 7, 30, 0, 250)],
    ['2025-06-10', Date.UTC(2025, 5, 10)],
  ])('reads %s', (text, ms) => {
    expect(parseFeedDate(text)).toBe(ms);
  });

  it.each([
    'yesterday',
    'Tue, 31 Feb 2025 04:00:00 GMT',
    '2025-13-01T00:00:00Z',
    '10 Jun 2025 04:00:00 XYZ',
    '',
  ])('rejects %j', (text) => {
    expect(parseFeedDate(text)).toBeUndefined();
  });
});
