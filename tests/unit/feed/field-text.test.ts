import { describe, expect, it } from 'vitest';
import { fieldLabel } from '@/shared/feed/field-labels';
import { fieldProblemText, labelledText } from '@/shared/feed/field-text';
import { problem } from '@/shared/feed/problems';
import { englishText } from '@/shared/cli/english';

// Issue 21, item 7: the organizer's pages name fields by their labels and count items from 1;
// the CLI keeps the JSON paths.
describe('fieldLabel', () => {
  it.each([
    ['title', {}, 'Feed title'],
    ['_ownvoice.guidelines.disclosure.text', {}, 'Disclosure every post carries'],
    ['_ownvoice.guidelines.blocked_terms[3]', {}, 'Blocked words and phrases'],
    ['items[0]', {}, 'Item 1'],
    ['items[4].url', {}, 'Item 5 — Link'],
    ['items[4].url', { inItem: true }, 'Link'],
    ['items[0]._ownvoice.suggestions[1].text', {}, 'Item 1 — Text of suggested post 2'],
    ['items[0].tags[2]', { inItem: true }, 'Tags'],
    ['rss.channel.item[1].link', {}, undefined],
    ['items[0].unknown_field', {}, undefined],
  ])('%s %o → %s', (path, opts, label) => {
    expect(fieldLabel(path, opts)).toBe(label);
  });
});

const emptyTitle = {
  path: 'title',
  ...problem('field.invalid', {
    path: 'title',
    value: problem('value.literal', { text: '""' }),
    rule: problem('rule.textRange', { max: 200 }),
  }),
};
const emptyDisclosure = {
  path: '_ownvoice.guidelines.disclosure.text',
  ...problem('field.invalid', {
    path: '_ownvoice.guidelines.disclosure.text',
    value: problem('value.literal', { text: '""' }),
    rule: problem('rule.textRange', { max: 100 }),
  }),
};
const nothingToShare = {
  path: 'items[0]',
  ...problem('item.skipped', { reason: problem('item.nothingToShare') }),
};
const badLink = {
  path: 'items[1].url',
  ...problem('field.dropped', {
    path: 'items[1].url',
    value: problem('value.literal', { text: '"javascript:alert(1)"' }),
    rule: problem('rule.httpLink'),
  }),
};

describe('feed problems by field label', () => {
  it.each([
    [emptyTitle, 'Feed title is empty'],
    [emptyDisclosure, 'Disclosure every post carries is empty'],
    [
      {
        path: '_ownvoice.guidelines.disclosure.text',
        ...problem('field.droppedPart', {
          ...emptyDisclosure.params!,
          dropped: '_ownvoice.guidelines.disclosure',
        }),
      },
      'Disclosure every post carries is empty, so it was left out',
    ],
    [
      nothingToShare,
      'Item 1: Employees would not see this item: it has nothing to share yet; give it a title, a link, a summary, a full text or a suggested post.',
    ],
    [
      badLink,
      'Item 2 — Link is "javascript:alert(1)"; it must be an http:// or https:// link (other kinds of links are never used), so it was left out',
    ],
  ])('in a list: %o', (found, text) => {
    expect(labelledText(found)).toBe(text);
    expect(labelledText(found)).not.toMatch(/`|\[\d+\]|content_text/);
  });

  it('beside the field, in a form already open on its item', () => {
    expect(fieldProblemText(badLink)).toMatch(/^Link is "javascript:alert\(1\)"/);
  });

  it('keeps a path it has no label for', () => {
    const xml = {
      path: 'rss.channel.item[1].link',
      ...problem('field.dropped', { ...badLink.params!, path: 'rss.channel.item[1].link' }),
    };
    expect(labelledText(xml)).toMatch(/^`rss\.channel\.item\[1\]\.link` is/);
  });

  it('leaves the CLI its paths', () => {
    expect(englishText(emptyTitle)).toMatch(/^`title` is ""/);
  });
});
