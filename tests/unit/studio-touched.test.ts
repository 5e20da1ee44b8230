import { describe, expect, it } from 'vitest';
import { isShown, touchKey } from '@/entrypoints/studio/touched';
import type { StudioDoc } from '@/shared/feed/studio/document';

const doc: StudioDoc = {
  feed: { version: 'https://jsonfeed.org/version/1.1', title: '' },
  items: [
    { key: 'ka', item: { id: 'a' } },
    { key: 'kb', item: { id: 'b' } },
  ],
};

// Issue 21, item 7: a field's problem shows once it is touched or an export was tried.
describe('studio: which problems are shown', () => {
  it('names an item by its key, so a moved item keeps what was touched', () => {
    expect(touchKey(doc, 'items[1].url')).toBe('items{kb}.url');
    expect(touchKey(doc, 'title')).toBe('title');
  });

  it.each([
    [[], false, 'title', false],
    [[], true, 'title', true],
    [['title'], false, 'title', true],
    [['title'], false, 'description', false],
    [['items{ka}.title'], false, 'items[0]', true],
    [['items{ka}.title'], false, 'items[1]', false],
    [['_ownvoice.guidelines.blocked_terms'], false, '_ownvoice.guidelines.blocked_terms[2]', true],
    [['items{ka}.title'], false, 'items[0].title_more', false],
  ])('touched %o, revealed %s: %s shown → %s', (touched, revealed, path, shown) => {
    expect(isShown(doc, new Set(touched), revealed, path)).toBe(shown);
  });
});
