/**
 * A spreadsheet (CSV) → a feed document, for `npm run feed:build`. The rows become the items; the
 * feed-level fields come from a base feed, or a minimal feed is made around them. Checking the
 * result is the caller's job, with the same parser the extension reads feeds with.
 */
import { csvToItems } from './csv-items';
import { parseCsv } from './csv-parse';
import { FEED_LIMITS } from './types';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface BuildInput {
  csv: string;
  /** A feed title when there is no base, or to replace the base's. */
  title?: string;
  /** The text of a JSON Feed whose feed-level fields are kept and whose items are replaced. */
  base?: string;
}

export type BuildResult =
  | {
      ok: true;
      document: Record<string, unknown>;
      /** Spreadsheet row and file line of each item, by its index in `items`. */
      rows: number[];
      lines: number[];
      /** About the sheet or the base, not about the feed's content. */
      notes: string[];
    }
  | { ok: false; reason: string };

function readBase(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `it is not JSON (${error instanceof Error ? error.message : String(error)}); it must be a JSON Feed`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'it is not a JSON object; it must be a JSON Feed';
  }
  return value as Record<string, unknown>;
}

export function buildFeed(input: BuildInput): BuildResult {
  const csv = parseCsv(input.csv);
  if (!csv.ok) return { ok: false, reason: `The spreadsheet cannot be read: ${csv.reason}.` };
  if (csv.records.length === 0) return { ok: false, reason: 'The spreadsheet is empty.' };
  const sheet = csvToItems(csv.records);
  const notes = [...sheet.warnings];
  if (sheet.items.length === 0) notes.push('The spreadsheet has a header row but no items.');
  if (sheet.items.length > FEED_LIMITS.maxItems) {
    // The checks reject it too; saying so in rows is clearer than `items`.
    notes.push(`The spreadsheet has ${sheet.items.length} items; a feed may list ${FEED_LIMITS.maxItems}.`);
  }
  let document: Record<string, unknown>;
  if (input.base === undefined) {
    document = { version: JSON_FEED_VERSION, title: input.title ?? 'Ownvoice feed', items: sheet.items };
  } else {
    const base = readBase(input.base);
    if (typeof base === 'string') return { ok: false, reason: `The base feed cannot be used: ${base}.` };
    const replaced = Array.isArray(base.items) ? base.items.length : 0;
    if (replaced > 0) notes.push(`The base feed's ${replaced} item(s) were replaced by the spreadsheet's.`);
    document = { ...base, ...(input.title === undefined ? {} : { title: input.title }), items: sheet.items };
  }
  return { ok: true, document, rows: sheet.rows, lines: sheet.lines, notes };
}
