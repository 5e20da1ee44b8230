import { describe, expect, it } from 'vitest';
import { OwnvoiceDB } from '@/storage/db';
import { clearDraft, loadDraft, saveDraft } from '@/storage/drafts';
import { createShareRepository } from '@/storage/share-repository';
import type { ShareInput } from '@/shared/share/types';

const share = (itemId: string, text: string): ShareInput => ({
  feedUrl: 'https://acme.example/feed.json',
  itemId,
  itemTitle: `Item ${itemId}`,
  tags: [],
  channel: 'linkedin',
  text,
  ownWords: 0.9,
  status: 'opened',
});

describe('share history', () => {
  it('records shares with an id and time, newest first, findable per item', async () => {
    const db = new OwnvoiceDB('ownvoice-shares-test');
    let n = 0;
    const repo = createShareRepository(db, () => `id-${++n}`);
    await repo.record(share('a', 'first'), 1_000);
    await repo.record(share('b', 'second'), 2_000);
    await repo.record(share('a', 'third'), 3_000);
    expect((await repo.list()).map((s) => [s.id, s.text, s.createdAt])).toEqual([
      ['id-3', 'third', 3_000],
      ['id-2', 'second', 2_000],
      ['id-1', 'first', 1_000],
    ]);
    expect((await repo.forItem('https://acme.example/feed.json', 'a')).map((s) => s.id).sort()).toEqual([
      'id-1',
      'id-3',
    ]);
  });
});

describe('drafts', () => {
  it('keeps one draft per item, exactly as typed, until cleared', async () => {
    const draft = {
      text: 'Half a sentence, with ünïcode and\nline breaks ',
      appendLink: true,
      tagLink: false,
      updatedAt: 5,
    };
    await saveDraft('https://acme.example/feed.json', 'a', draft);
    await saveDraft('https://other.example/feed.json', 'a', { ...draft, text: 'other feed' });
    expect(await loadDraft('https://acme.example/feed.json', 'a')).toEqual(draft);
    expect(await loadDraft('https://acme.example/feed.json', 'b')).toBeNull();
    await clearDraft('https://acme.example/feed.json', 'a');
    expect(await loadDraft('https://acme.example/feed.json', 'a')).toBeNull();
    expect((await loadDraft('https://other.example/feed.json', 'a'))?.text).toBe('other feed');
  });
});
