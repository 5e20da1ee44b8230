// @vitest-environment node
/**
 * The history's CSV export opened as a spreadsheet would open it (issue 23): with `,` as the
 * separator, and with `;`, as Dutch, Polish and Norwegian spreadsheets use. No cell may
 * start a formula: no first character tab or carriage return, no = + - @ after leading blanks
 * (OWASP, "CSV Injection"), and every text comes back whole.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_CSV_COLUMNS, csvField, historyCsv } from '@/shared/history/csv';
import { historyEntry } from './history-fixtures';

const HOSTILE_TEXTS = [
  'Q1;=1+1',
  'Q1,=1+1',
  ' =1+1',
  '\u00A0=1+1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '+1',
  '-1+2',
  '@SUM(A1:A9)',
  '=HYPERLINK("https://evil.example","x")',
  '"=1";=2',
  'Plain; with a semicolon, and a comma',
];

const runsAsFormula = (cell: string) => /^[\t\r]/.test(cell) || /^\s*[=+\-@]/.test(cell);

/**
 * Splits a CSV file as Excel and LibreOffice do with `separator` as the list separator: a quote
 * switches quoting on and off (`""` inside quotes is one quote), and the separator or a line
 * break ends a cell only outside quotes. A comma file opened in a `;` locale is read this way too.
 */
function openAsSpreadsheet(csv: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (char === '"') {
      if (quoted && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (!quoted && char === separator) {
      row.push(cell);
      cell = '';
    } else if (!quoted && (char === '\r' || char === '\n')) {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('history CSV export', () => {
  const entries = HOSTILE_TEXTS.map((text, i) =>
    historyEntry(i, { text, itemTitle: text, feedTitle: text, tags: ['launch', text] }),
  );
  const csv = historyCsv(entries);

  it.each([',', ';'] as const)('opened with "%s" as the separator, no cell is a formula', (separator) => {
    const rows = openAsSpreadsheet(csv, separator);
    const formulas = rows.flat().filter(runsAsFormula);
    expect(formulas).toEqual([]);
  });

  it('keeps every field in its column with "," as the separator, and each text whole', () => {
    const [header, ...rows] = openAsSpreadsheet(csv, ',');
    expect(header).toEqual(HISTORY_CSV_COLUMNS);
    expect(rows).toHaveLength(HOSTILE_TEXTS.length);
    const text = HISTORY_CSV_COLUMNS.indexOf('text');
    const title = HISTORY_CSV_COLUMNS.indexOf('item_title');
    rows.forEach((row, i) => {
      expect(row).toHaveLength(HISTORY_CSV_COLUMNS.length);
      // A neutralised text gains only the leading apostrophe.
      expect(row[text]!.replace(/^'/, '')).toBe(HOSTILE_TEXTS[i]);
      expect(row[title]).toBe(row[text]);
    });
  });

  it('quotes every field, so a ";" spreadsheet splits none of them', () => {
    const rows = openAsSpreadsheet(csv, ';');
    // No ";" outside quotes: each line is one cell to a ";" spreadsheet, starting with the id.
    for (const row of rows) expect(row).toHaveLength(1);
  });

  it.each([
    ['plain text', 'Hello', '"Hello"'],
    ['a number', '42', '"42"'],
    ['a formula', '=1+1', `"'=1+1"`],
    ['a formula after spaces', '  =1+1', `"'  =1+1"`],
    ['a tab first', '\tx', `"'\tx"`],
    ['quotes doubled', 'say "hi"', '"say ""hi"""'],
    ['an empty field', '', '""'],
  ])('csvField: %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
