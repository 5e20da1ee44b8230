import type { HistoryEntry } from './export-format';

/**
 * A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): its first character is a
 * tab or a carriage return, or its first one after blanks is = + - or @. Spreadsheets skip
 * leading spaces before they look for a formula, so " =1+1" counts too (issue 23).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/u;

/**
 * One CSV field (RFC 4180), always quoted: a spreadsheet in a `;` locale (Dutch, Polish and
 * Norwegian ones) splits unquoted text at each `;`, so a title "Q1;=1+1" would have become a
 * formula cell. A formula start is kept as text by a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
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
