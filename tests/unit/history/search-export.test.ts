import { describe, expect, it } from 'vitest';
import { historyCsv } from '@/shared/history/csv';
import { parseHistoryExport, serializeHistory, type HistoryEntry } from '@/shared/history/export-format';
import { queryPrefixes, shareWords } from '@/shared/history/search';
import { historyEntry } from './history-fixtures';

describe('search words', () => {
  it('indexes the distinct words of the text and titles, lower case and without accents', () => {
    expect(
      shareWords({
        text: 'Café au lait, CAFÉ! Tunnel-ready sync.',
        itemTitle: 'Offline mode',
        feedTitle: 'Acme',
      }),
    ).toEqual(['offline', 'mode', 'acme', 'cafe', 'au', 'lait', 'tunnel', 'ready', 'sync']);
  });

  it('turns a query into prefixes, the longest first', () => {
    expect(queryPrefixes('  Tunn  CAFÉ tunn ')).toEqual(['tunn', 'cafe']);
    expect(queryPrefixes('   ')).toEqual([]);
  });
});

describe('the export format', () => {
  it('round-trips every field, and leaves derived fields behind', () => {
    const entries: Array<HistoryEntry & { words?: string[] }> = [
      { ...historyEntry(1), words: ['x'] },
      historyEntry(2, { itemTitle: undefined, itemUrl: undefined, feedTitle: undefined, tags: [] }),
    ];
    const text = serializeHistory(entries, Date.parse('2026-11-25T12:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'ownvoice-history',
      version: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    const parsed = parseHistoryExport(text);
    expect(parsed).toEqual({ ok: true, entries: [historyEntry(1), entries[1]] });
    expect(text).not.toContain('"words"');
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /not an Ownvoice history export: "format"/],
    [
      'a newer version',
      JSON.stringify({ format: 'ownvoice-history', version: 2, entries: [] }),
      /newer Ownvoice/,
    ],
    [
      'entries that are not a list',
      JSON.stringify({ format: 'ownvoice-history', version: 1, entries: {} }),
      /"entries"/,
    ],
  ])('refuses %s', (_name, text, reason) => {
    const parsed = parseHistoryExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it.each([
    ['createdAt', { createdAt: '2026-11-25' }, /Entry 2 \(id "e2"\), field "createdAt"/],
    ['status', { status: 'liked' }, /Entry 2 \(id "e2"\), field "status"/],
    ['channel', { channel: 'myspace' }, /field "channel"/],
    ['ownWords', { ownWords: 1.5 }, /field "ownWords"/],
    ['a tag', { tags: ['ok', 42] }, /field "tags\.\[1\]"/],
    ['id', { id: '' }, /Entry 2, field "id"|Entry 2 \(id ""\), field "id"/],
  ])('names the entry and the field when %s is wrong', (_field, change, reason) => {
    const file = JSON.parse(serializeHistory([historyEntry(1), historyEntry(2), historyEntry(3)], 0)) as {
      entries: object[];
    };
    file.entries[1] = { ...file.entries[1], ...change };
    const parsed = parseHistoryExport(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toMatch(reason);
      expect(parsed.reason).toMatch(/Nothing was imported/);
    }
  });

  it('names a missing field', () => {
    const file = JSON.parse(serializeHistory([historyEntry(1)], 0)) as {
      entries: Array<Record<string, unknown>>;
    };
    delete file.entries[0]!.text;
    const parsed = parseHistoryExport(JSON.stringify(file));
    expect(!parsed.ok && parsed.reason).toMatch(/Entry 1 \(id "e1"\), field "text"/);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and keeps formulas as text', () => {
    const csv = historyCsv([
      historyEntry(1, { text: 'Line one,\n"quoted"', tags: ['a', 'b'] }),
      historyEntry(2, { text: '=HYPERLINK("x")' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '"id","created_at","network","status","own_words_percent","tags","feed_title","feed_url","item_id","item_title","item_url","text"',
    );
    expect(csv).toContain('"Line one,\n""quoted"""');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(',"a; b",');
  });
});
