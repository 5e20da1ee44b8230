import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '@/shared/feed/parse';
import { checkDoc, errorsAt, itemsWithErrors } from '@/shared/feed/studio/check';
import { newDoc, type StudioDoc } from '@/shared/feed/studio/document';
import {
  addItem,
  duplicateItem,
  moveItem,
  removeItem,
  restoreItem,
  setField,
  togglePin,
} from '@/shared/feed/studio/edit';
import { exportFeed } from '@/shared/feed/studio/export-feed';
import { importFeedText, restoreDoc } from '@/shared/feed/studio/import-feed';
import { englishText } from '@/shared/cli/english';

const root = path.resolve(__dirname, '../../../..');
const demoText = readFileSync(path.join(root, 'assets/demo-feed.json'), 'utf8');
const rssText = readFileSync(path.join(root, 'tests/fixtures/feeds/xml/newsroom-rss.xml'), 'utf8');

function imported(text: string): StudioDoc {
  const result = importFeedText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.doc;
}

function exported(doc: StudioDoc): string {
  const result = exportFeed(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.json;
}

/** A two-item feed written field by field, as the page does. */
function twoItems(): StudioDoc {
  let doc = setField(newDoc(), ['title'], 'Acme news');
  doc = setField(doc, ['_ownvoice', 'organization'], 'Acme');
  doc = setField(doc, ['_ownvoice', 'guidelines', 'blocked_terms'], ['confidential']);
  doc = addItem(addItem(doc));
  doc = setField(doc, ['items', 0, 'title'], 'We shipped offline mode');
  doc = setField(doc, ['items', 0, 'url'], 'https://acme.example/offline');
  doc = setField(doc, ['items', 0, '_ownvoice', 'prompts'], ['What did you build?']);
  doc = setField(doc, ['items', 1, 'title'], 'We are hiring');
  return togglePin(doc, 1);
}

describe('studio document', () => {
  it('starts new with the one error a new feed has: no title yet', () => {
    const check = checkDoc(newDoc());
    expect(check.errors.map((e) => e.path)).toEqual(['title']);
    expect(errorsAt(check, 'title').map(englishText)[0]).toContain('`title` is ""');
    expect(exportFeed(newDoc())).toMatchObject({ ok: false });
  });

  it('exports a feed the extension reads back exactly as written', () => {
    const json = exported(twoItems());
    const read = parseFeedText(json);
    expect(read.ok && read.warnings).toEqual([]);
    if (!read.ok) return;
    expect(read.feed.meta).toMatchObject({ title: 'Acme news', organization: 'Acme' });
    expect(read.feed.items.map((i) => [i.id, i.title, i.pinned])).toEqual([
      ['item-1', 'We shipped offline mode', false],
      ['item-2', 'We are hiring', true],
    ]);
    expect(read.feed.items[0]?.prompts).toEqual(['What did you build?']);
  });

  it('writes pretty-printed JSON in the schema’s key order, whatever order fields were set in', () => {
    let doc = setField(newDoc(), ['_ownvoice', 'organization'], 'Acme');
    doc = setField(doc, ['language'], 'en');
    doc = setField(doc, ['title'], 'Acme');
    doc = addItem(doc);
    doc = setField(doc, ['items', 0, 'summary'], 'Short');
    doc = setField(doc, ['items', 0, 'title'], 'Long');
    const json = exported(doc);
    expect(json).toBe(
      `${JSON.stringify(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Acme',
          language: 'en',
          _ownvoice: { schema: 1, organization: 'Acme' },
          items: [{ id: 'item-1', title: 'Long', summary: 'Short' }],
        },
        null,
        2,
      )}\n`,
    );
  });

  it.each([
    ['the demo feed', demoText],
    ['a feed built in the studio', exported(twoItems())],
    ['an RSS feed as a starting point', exported(imported(rssText))],
  ])('round-trips %s: export → import → export gives the same bytes', (_name, text) => {
    const first = exported(imported(text));
    expect(exported(imported(first))).toBe(first);
  });

  it('keeps the demo feed’s content through import and export', () => {
    const again = parseFeedText(exported(imported(demoText)));
    const original = parseFeedText(demoText);
    expect(again).toEqual(original);
  });

  it('imports an RSS feed’s items as a starting point', () => {
    const doc = imported(rssText);
    expect(doc.items.length).toBe(3);
    expect(doc.items.map((e) => e.item.title)).toContain('Tailspin Toys reports record third quarter');
  });

  it('refuses to export while the extension would reject or skip something, and says where', () => {
    let doc = setField(twoItems(), ['items', 0, 'url'], 'javascript:alert(1)');
    doc = setField(doc, ['items', 1, 'id'], 'item-1');
    doc = setField(doc, ['_ownvoice', 'refresh_minutes'], 5);
    const result = exportFeed(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['items[0].url', 'items[1]', '_ownvoice.refresh_minutes']));
    const duplicate = result.errors.find((e) => e.path === 'items[1]');
    expect(duplicate && englishText(duplicate)).toContain('already has the id');
  });

  it('marks the items a problem is about, item 1 not for a problem of item 10', () => {
    let doc = twoItems();
    for (let i = 2; i < 12; i++) doc = setField(addItem(doc), ['items', i, 'title'], `Item ${i}`);
    doc = setField(doc, ['items', 10, 'url'], 'javascript:alert(1)');
    const check = checkDoc(doc);
    expect(check.errors.map((e) => e.path)).toContain('items[10].url');
    expect([...itemsWithErrors(check)]).toEqual([10]);
  });

  it('keeps a hand-written file’s wrong contents, so they show as errors to fix', () => {
    const doc = imported(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'X',
        authors: [{ name: 'dropped: not in the format' }],
        items: [{ id: 7, url: 'ftp://x.example/', title: 42, summary: 'ok' }],
      }),
    );
    expect(doc.feed).not.toHaveProperty('authors');
    expect(doc.items[0]?.item).toEqual({ id: '7', url: 'ftp://x.example/', summary: 'ok' });
    expect(checkDoc(doc).errors.map((e) => e.path)).toEqual(['items[0].url']);
  });

  it('imports guideline notes written as a list as one note per line, as the form edits them', () => {
    const doc = imported(
      JSON.stringify({
        version: 'http://jsonfeed.org/version/1',
        title: 'X',
        _ownvoice: { guidelines: { notes: ['Speak for yourself.', 'Never name customers.'] } },
        items: [{ id: 'a', title: 'A' }],
      }),
    );
    expect(doc.feed._ownvoice?.guidelines?.notes).toBe('Speak for yourself.\nNever name customers.');
  });

  it('reports what cannot be imported', () => {
    expect(importFeedText('not json')).toMatchObject({ ok: false });
    expect(importFeedText('[1]')).toMatchObject({ ok: false });
  });
});

describe('studio edits', () => {
  it('clears a field by leaving it empty, and drops the objects that held only it', () => {
    let doc = setField(newDoc(), ['_ownvoice', 'utm', 'campaign'], 'spring');
    doc = setField(doc, ['_ownvoice', 'utm', 'campaign'], '');
    expect(doc.feed._ownvoice).toEqual({ schema: 1 });
  });

  it('duplicates an item under a free id, right after it', () => {
    const doc = duplicateItem(twoItems(), 0);
    expect(doc.items.map((e) => e.item.id)).toEqual(['item-1', 'item-1-copy', 'item-2']);
    expect(doc.items[1]?.item.title).toBe('We shipped offline mode');
    expect(doc.items[1]?.key).not.toBe(doc.items[0]?.key);
  });

  it('deletes with undo that puts the item back in its place', () => {
    const start = twoItems();
    const { doc, removed } = removeItem(start, 0);
    expect(doc.items.map((e) => e.item.id)).toEqual(['item-2']);
    expect(restoreItem(doc, removed!)).toEqual(start);
  });

  it('reorders and pins', () => {
    const doc = moveItem(twoItems(), 1, -1);
    expect(doc.items.map((e) => e.item.id)).toEqual(['item-2', 'item-1']);
    expect(moveItem(doc, 0, -1)).toBe(doc);
    expect(togglePin(doc, 0).items[0]?.item._ownvoice).toBeUndefined();
  });
});

describe('restoring a saved draft', () => {
  it('gives back what was saved, keys included', () => {
    const doc = twoItems();
    expect(restoreDoc(structuredClone(doc))).toEqual(doc);
  });

  it.each([
    ['nothing', undefined],
    ['a text', 'draft'],
    ['an object without items', { feed: { title: 'x' } }],
  ])('reads %s as no draft', (_name, value) => {
    expect(restoreDoc(value)).toBeNull();
  });

  it('leaves out what no longer fits, keeping the rest', () => {
    const restored = restoreDoc({
      feed: { version: 'https://jsonfeed.org/version/1.1', title: 5 },
      items: [
        { key: 'a', item: { id: 'one', title: 'One', tags: 'not a list' } },
        'junk',
        { key: 'c', item: { id: 'two' } },
      ],
    });
    expect(restored?.feed.title).toBe('');
    expect(restored?.items).toEqual([
      { key: 'a', item: { id: 'one', title: 'One' } },
      { key: 'c', item: { id: 'two' } },
    ]);
  });
});
