/**
 * `npm run feed:build -- items.csv [--base feed.json] [--title "…"] [-o feed.json]`: a feed from a
 * spreadsheet, checked exactly as `feed:check` checks a feed (the shared reportFeed).
 * Exit codes as `feed:check`: 0 usable (written), 1 rejected (nothing written), 2 could not be read.
 * Stricter in one way: a row the extension would skip or shorten also gives 1, because the
 * organizer is there to fix the row, and a published feed would quietly lose it.
 * The report goes to stderr, so that without `-o` stdout carries the feed alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFeed } from '../feed/build-feed';
import { parseFeedText } from '../feed/parse';
import { serializeFeed } from '../feed/serialize-feed';
import type { FeedWarning } from '../feed/types';
import { fileErrorReason, reportFeed } from './feed-report';

const USAGE = `Usage: npm run feed:build -- <items.csv> [--base feed.json] [--title "Feed title"] [-o feed.json]

Turns a spreadsheet saved as CSV (one row an item; the columns are in shared/feed/CSV.md) into an
Ownvoice feed and checks it the way the extension reads it. Without -o the feed is printed.`;

const report = (text: string) => process.stderr.write(`${text}\n`);

/** Excel's "CSV UTF-8" is what works; its plain "CSV" is the computer's legacy encoding. */
async function readCsv(path: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'it is saved as UTF-16; save it as "CSV UTF-8" instead' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)"' };
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        title: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    report(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const source = positionals[0];
  if (values.help || source === undefined || positionals.length > 1) {
    report(USAGE);
    return 2;
  }
  const csv = await readCsv(source);
  if (!csv.ok) {
    report(`Could not read ${source}: ${csv.reason}`);
    return 2;
  }
  let base: string | undefined;
  if (values.base !== undefined) {
    try {
      base = await readFile(values.base, 'utf8');
    } catch (error) {
      report(`Could not read ${values.base}: ${fileErrorReason(error)}`);
      return 2;
    }
  }
  const title = values.title ?? (base === undefined ? basename(source, extname(source)) : undefined);
  const built = buildFeed({ csv: csv.text, base, title });
  if (!built.ok) {
    report(`REJECTED: ${built.reason}\nNothing was written.`);
    return 1;
  }
  for (const note of built.notes) report(`Spreadsheet: ${note}`);

  const text = serializeFeed(built.document);
  const origin = ({ index }: FeedWarning): string | undefined => {
    if (index === undefined) return undefined;
    const row = built.rows[index];
    const line = built.lines[index];
    return line === row ? `row ${row}` : `row ${row} (line ${line} of the file)`;
  };
  const result = parseFeedText(text);
  if (reportFeed(result, { print: report, origin }) !== 0) {
    report('Nothing was written.');
    return 1;
  }
  const badRows = new Set(
    result.ok ? result.warnings.flatMap((w) => (w.index === undefined ? [] : [w.index])) : [],
  );
  if (badRows.size > 0) {
    const rows = [...badRows].map((index) => built.rows[index]).join(', ');
    report(
      `NOT WRITTEN: row${badRows.size === 1 ? '' : 's'} ${rows} would lose what is listed above. Fix and build again.`,
    );
    return 1;
  }
  if (values.output === undefined) {
    process.stdout.write(text);
  } else {
    try {
      await writeFile(values.output, text);
    } catch (error) {
      report(`Could not write ${values.output}: ${fileErrorReason(error)}`);
      return 2;
    }
  }
  const count = built.rows.length;
  report(
    `OK: the feed is usable; ${count} item${count === 1 ? '' : 's'} ${values.output === undefined ? 'printed' : `written to ${values.output}`}.`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
