/**
 * `npm run feed:check -- <file-or-url>`: what the extension would make of a feed, for organizers.
 * A URL goes through fetchFeed, the extension's own transport, so limits and errors match.
 * Exit codes: 0 usable, 1 rejected, 2 could not be read.
 */
import { readFile } from 'node:fs/promises';
import { fetchFeed } from '../feed/fetch-feed';
import { parseFeedText } from '../feed/parse';
import { problem } from '../feed/problems';
import { englishText } from './english';
import { fileErrorReason, reportFeed } from './feed-report';

async function readSource(
  source: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const outcome = await fetchFeed(source, { fetch: globalThis.fetch });
    if (outcome.kind === 'ok') return { ok: true, text: outcome.text };
    if (outcome.kind === 'error') return { ok: false, reason: englishText(outcome.reason) };
    return { ok: false, reason: englishText(problem('fetch.notModified')) };
  }
  try {
    return { ok: true, text: await readFile(source, 'utf8') };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}

async function main(argv: string[]): Promise<number> {
  const source = argv[0];
  if (!source || source === '--help' || source === '-h') {
    console.error(
      'Usage: npm run feed:check -- <file-or-url>\n\nChecks an Ownvoice feed the way the extension reads it.',
    );
    return 2;
  }
  const read = await readSource(source);
  if (!read.ok) {
    console.error(`Could not read ${source}: ${read.reason}`);
    return 2;
  }
  const code = reportFeed(parseFeedText(read.text), { print: (text) => console.log(text) });
  if (code !== 0) return code;
  console.log('OK: the feed is usable.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
