import type { HistoryEntry } from './export-format';

/** One CSV field (RFC 4180): quoted when needed, with doubled quotes. */
export function csvField(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: keep it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const HISTORY_CSV_COLUMNS = [
  'id',
  'created_at',
  'network',
  'status',
  'own_words_percent',
  'tags',
  'feed_title',
  'feed_url',
  'item_id',
  'item_title',
  'item_url',
  'text',
];

/** The whole history for a spreadsheet (times in UTC ISO 8601; tags separated by "; "). JSON is the lossless export. */
export function historyCsv(entries: HistoryEntry[]): string {
  return toCsv(
    HISTORY_CSV_COLUMNS,
    entries.map((e) => [
      e.id,
      new Date(e.createdAt).toISOString(),
      e.channel,
      e.status,
      String(Math.round(e.ownWords * 100)),
      e.tags.join('; '),
      e.feedTitle ?? '',
      e.feedUrl,
      e.itemId,
      e.itemTitle ?? '',
      e.itemUrl ?? '',
      e.text,
    ]),
  );
}
