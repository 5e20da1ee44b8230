// @vitest-environment node
/**
 * History import limits (issue 23): a file over 64 MiB is refused before any of it is read, a file
 * of exactly 64 MiB is read, and so are 100,000 entries but not 100,001, each refusal saying the
 * limits and why, and nothing imported.
 */
import { describe, expect, it, vi } from 'vitest';
import { serializeHistory, type HistoryEntry } from '@/shared/history/export-format';
import { HISTORY_IMPORT_LIMITS, readHistoryFile } from '@/shared/history/import-file';
import { historyEntry } from './history-fixtures';

const { bytes: MAX_BYTES, entries: MAX_ENTRIES } = HISTORY_IMPORT_LIMITS;

/** An export of `entries` padded with trailing spaces (JSON allows them) to exactly `size` bytes. */
function fileOf(entries: HistoryEntry[], size?: number): Blob {
  const json = serializeHistory(entries, 0);
  const length = new TextEncoder().encode(json).length;
  return new Blob([size === undefined ? json : json + ' '.repeat(size - length)]);
}

/** Short entries, so 100,000 of them make a file of tens of MB, not hundreds. */
function manyEntries(count: number): HistoryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    createdAt: i,
    feedUrl: 'https://a.example/f.json',
    itemId: 'i',
    tags: [],
    channel: 'linkedin',
    text: 't',
    ownWords: 1,
    status: 'posted',
  }));
}

describe('readHistoryFile', () => {
  it('refuses a file over the size limit without reading it, and says the limits and why', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const result = await readHistoryFile({ size: MAX_BYTES + 1, text });
    expect(text).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(
      'This file is 64 MB. Ownvoice imports a history file of at most 64 MB with at most 100,000 entries, ' +
        'because the page reads the whole file into memory at once: a larger one could freeze it or run out of memory. ' +
        'Nothing was imported.',
    );
  });

  it('reads a file of exactly the size limit', { timeout: 60_000 }, async () => {
    const file = fileOf([historyEntry(1), historyEntry(2)], MAX_BYTES);
    expect(file.size).toBe(MAX_BYTES);
    const result = await readHistoryFile(file);
    expect(result.ok && result.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('reads exactly the most entries allowed', { timeout: 60_000 }, async () => {
    const result = await readHistoryFile(fileOf(manyEntries(MAX_ENTRIES)));
    expect(result.ok && result.entries.length).toBe(MAX_ENTRIES);
  });

  it('refuses one entry more, and says the limits and why', { timeout: 60_000 }, async () => {
    const result = await readHistoryFile(fileOf(manyEntries(MAX_ENTRIES + 1)));
    expect(!result.ok && result.reason).toBe(
      'Entries in this file: 100,001. Ownvoice imports at most 100,000 entries (and 64 MB) at a time, ' +
        'because the page checks every entry in one go: more could freeze it or run out of memory. Nothing was imported.',
    );
  });
});
