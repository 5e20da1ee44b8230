// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedText } from '@/shared/feed/parse';
import type { FeedWarning, ParseResult, ParsedFeed } from '@/shared/feed/types';
import { inEnglish } from '../../support/in-english';

function accepted(result: ParseResult): { feed: ParsedFeed; warnings: FeedWarning[] } {
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('text hygiene', () => {
  const feedWith = (item: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', ...extra, items: [item] });

  it('trims strings and removes bidi overrides and zero-width characters', () => {
    const { feed } = accepted(
      feedWith({
        id: ' a ',
        title: '  Hello \u202Eevil\u202C\u200B world ',
        summary: '\u2066x\u2069',
        tags: ['  t  ', '   '],
      }),
    );
    expect(feed.items[0]).toMatchObject({ id: 'a', title: 'Hello evil world', summary: 'x', tags: ['t'] });
  });

  it('keeps emoji joiners', () => {
    const { feed } = accepted(feedWith({ id: '1', title: 'Dev 👩\u200D💻' }));
    expect(feed.items[0]?.title).toBe('Dev 👩\u200D💻');
  });

  it('cuts an over-long title with a warning', () => {
    const { feed, warnings } = accepted(feedWith({ id: '1', title: 'x'.repeat(1500) }));
    expect(feed.items[0]?.title).toHaveLength(1000);
    expect(inEnglish(warnings)).toEqual([
      expect.objectContaining({
        path: 'items[0].title',
        message: expect.stringMatching(/cut to 1,000 characters/),
      }),
    ]);
  });

  it('ignores __proto__ and constructor keys without polluting anything', () => {
    const text =
      '{"version":"https://jsonfeed.org/version/1.1","title":"P","__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}},' +
      '"_ownvoice":{"__proto__":{"refresh_minutes":5}},' +
      '"items":[{"id":"1","title":"x","url":"javascript:1","__proto__":{"pinned":true},"_ownvoice":{"__proto__":{"roles":["x"]}}}]}';
    const { feed } = accepted(parseFeedText(text));
    expect(feed.meta.refreshMinutes).toBe(60);
    expect(feed.items[0]?.pinned).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(feed.items[0])).toBe(Object.prototype);
    expect(Object.keys(feed.items[0] ?? {})).not.toContain('__proto__');
  });

  it('drops feed-level links with a bad scheme but keeps the feed', () => {
    const result = accepted(
      feedWith(
        { id: '1', title: 'x' },
        { home_page_url: 'javascript:alert(1)', _ownvoice: { guidelines: { url: 'data:text/plain,hi' } } },
      ),
    );
    expect(result.feed.meta.homePageUrl).toBeUndefined();
    expect(result.feed.meta.guidelines.url).toBeUndefined();
    expect(result.warnings.map((w) => w.path)).toEqual(['home_page_url', '_ownvoice.guidelines.url']);
  });
});
