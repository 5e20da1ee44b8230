/**
 * A small RFC 4180 reader for spreadsheet exports (`npm run feed:build`). Hand-written rather than
 * a dependency because the builder needs what general parsers leave out: the line each record
 * starts on (to name the spreadsheet row a problem came from), a clear error for a quote that
 * never closes, and the `;` files that Excel writes where the decimal separator is a comma.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts; differs from its row when a cell holds newlines. */
  line: number;
  cells: string[];
}

export type CsvResult =
  | { ok: true; records: CsvRecord[]; delimiter: ',' | ';'; sepLine: boolean }
  | { ok: false; line: number; reason: string };

type Delimiter = ',' | ';';

/**
 * Excel honours a first line `sep=;`; otherwise the header row decides: column names never hold
 * a comma or a semicolon, so whichever appears more often outside quotes is the separator.
 */
function detectDelimiter(text: string): { delimiter: Delimiter; skip: number } {
  const hint = /^sep=([,;])\r?\n/.exec(text);
  if (hint) return { delimiter: hint[1] as Delimiter, skip: hint[0].length };
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return { delimiter: semicolons > commas ? ';' : ',', skip: 0 };
}

/** Parses CSV text (a UTF-8 byte order mark is ignored). Line breaks may be CRLF, LF or CR. */
export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const { delimiter, skip } = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let line = skip > 0 ? 2 : 1;
  let cells: string[] = [];
  let cell = '';
  let recordLine = line;
  let i = skip;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === '') {
      // A quoted cell: runs to the next quote that is not doubled, across delimiters and newlines.
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          return {
            ok: false,
            line: opened,
            reason: `a quoted cell that starts on line ${opened} never ends`,
          };
        }
        const inner = text[i]!;
        if (inner === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (inner === '"') {
          i++;
          break;
        } else {
          if (inner === '\n' || (inner === '\r' && text[i + 1] !== '\n')) line++;
          cell += inner;
          i++;
        }
      }
      // Spaces a hand edit left after the closing quote are harmless; other text is a broken cell.
      while (text[i] === ' ' || text[i] === '\t') i++;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return { ok: false, line, reason: `line ${line} has text after the closing quote of a cell` };
      }
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // A lone quote inside an unquoted cell is kept as is, as spreadsheets read it.
      cell += char;
      i++;
    }
  }
  // The last line usually ends with a newline; only a record with content is added after it.
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records, delimiter, sepLine: skip > 0 };
}
