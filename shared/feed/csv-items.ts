/**
 * Spreadsheet rows → feed items in the wire format (schema.ts), for `npm run feed:build`.
 * This only arranges cells into fields; whether a value is acceptable is left to the feed's own
 * checks (parse.ts), so a spreadsheet is held to exactly the rules the extension reads with.
 * Columns are documented in CSV.md.
 */
import type { CsvRecord } from './csv-parse';
import { NETWORKS } from './types';

/** Cells copied as text, under the item's own JSON name. */
const ITEM_TEXTS = [
  'id',
  'url',
  'external_url',
  'title',
  'summary',
  'content_text',
  'image',
  'date_published',
  'date_modified',
  'language',
] as const;
const ITEM_LISTS = ['tags'] as const;
/** `_ownvoice` fields. Roles and networks are lower-cased: "Expert" in a sheet means `expert`. */
const OWNVOICE_LISTS = ['prompts', 'roles', 'hashtags', 'networks'] as const;
const OWNVOICE_TEXTS = ['campaign', 'expires_at'] as const;
const LOWER_CASED = new Set<string>(['roles', 'networks']);
const SUGGESTION_NETWORKS = [...NETWORKS, 'any'] as const;

const KNOWN = new Set<string>([...ITEM_TEXTS, ...ITEM_LISTS, ...OWNVOICE_LISTS, ...OWNVOICE_TEXTS, 'pinned']);

/** `suggestion` (any network) or `suggestion_linkedin` …; the network, or null for another name. */
function suggestionNetwork(column: string): string | null {
  if (column === 'suggestion') return 'any';
  const match = /^suggestion_(.+)$/.exec(column);
  return match && (SUGGESTION_NETWORKS as readonly string[]).includes(match[1]!) ? match[1]! : null;
}

/** Spreadsheets write booleans many ways; anything else is passed on for the checks to name. */
function readBoolean(cell: string): boolean | string {
  const value = cell.toLowerCase();
  if (['true', 'yes', 'x', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  return cell;
}

const splitList = (cell: string): string[] =>
  cell
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

export interface CsvItems {
  /** Wire items, in row order, blank rows left out. */
  items: Record<string, unknown>[];
  /** The spreadsheet row each item came from (the header is row 1). */
  rows: number[];
  /** The line of the file each item starts on. */
  lines: number[];
  /** Problems with the sheet itself (unknown or repeated columns, stray cells); nothing is rejected. */
  warnings: string[];
}

interface Column {
  index: number;
  name: string;
  /** For a suggestion column: its network. */
  network?: string;
}

function readHeader(header: string[], warnings: string[]): Column[] {
  const columns: Column[] = [];
  const seen = new Set<string>();
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const network = suggestionNetwork(name);
    if (network !== null) {
      // A post may contain `|`, so each suggestion column holds one; repeat the column for more.
      columns.push({ index, name, network });
    } else if (!KNOWN.has(name)) {
      warnings.push(
        `Column "${raw.trim()}" is not a feed field and was ignored (the columns are in CSV.md).`,
      );
    } else if (seen.has(name)) {
      warnings.push(`Column "${name}" appears more than once; only the first one is used.`);
    } else {
      seen.add(name);
      columns.push({ index, name });
    }
  });
  return columns;
}

function toItem(cells: string[], columns: Column[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const ownvoice: Record<string, unknown> = {};
  const suggestions: { text: string; network: string }[] = [];
  for (const { index, name, network } of columns) {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') continue;
    if (network !== undefined) suggestions.push({ text: cell, network });
    else if ((ITEM_TEXTS as readonly string[]).includes(name)) item[name] = cell;
    else if ((ITEM_LISTS as readonly string[]).includes(name)) item[name] = splitList(cell);
    else if ((OWNVOICE_TEXTS as readonly string[]).includes(name)) ownvoice[name] = cell;
    else if (name === 'pinned') ownvoice[name] = readBoolean(cell);
    else ownvoice[name] = splitList(LOWER_CASED.has(name) ? cell.toLowerCase() : cell);
  }
  if (suggestions.length > 0) ownvoice.suggestions = suggestions;
  if (Object.keys(ownvoice).length > 0) item._ownvoice = ownvoice;
  return item;
}

/** The first record is the header (an Excel `sep=` line, hidden on screen, is already gone). */
export function csvToItems(records: CsvRecord[]): CsvItems {
  const out: CsvItems = { items: [], rows: [], lines: [], warnings: [] };
  const [header, ...body] = records;
  if (!header) return out;
  const columns = readHeader(header.cells, out.warnings);
  const width = header.cells.length;
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.cells.every((cell) => cell.trim() === '')) return;
    if (record.cells.slice(width).some((cell) => cell.trim() !== '')) {
      out.warnings.push(`Row ${row} has more cells than the header row; the extra cells were ignored.`);
    }
    out.items.push(toItem(record.cells, columns));
    out.rows.push(row);
    out.lines.push(record.line);
  });
  return out;
}
