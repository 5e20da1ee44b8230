/**
 * `npm run feed:check -- <file-or-url>`: what the extension would make of a feed, for organizers.
 * A URL goes through fetchFeed, the extension's own transport, so limits and errors match.
 * Exit codes: 0 usable, 1 rejected, 2 could not be read.
 */
import { readFile } from 'node:fs/promises';
import { fetchFeed } from '../feed/fetch-feed';
import { parseFeedText } from '../feed/parse';
import type { FeedError, FeedWarning } from '../feed/types';

async function readSource(
  source: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const outcome = await fetchFeed(source, { fetch: globalThis.fetch });
    if (outcome.kind === 'ok') return { ok: true, text: outcome.text };
    if (outcome.kind === 'error') return { ok: false, reason: outcome.reason };
    return { ok: false, reason: 'The server answered 304 Not Modified' };
  }
  try {
    return { ok: true, text: await readFile(source, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    return { ok: false, reason };
  }
}

/** Messages usually quote their own path; only add it where they don't. */
function line(problem: FeedError | FeedWarning): string {
  return problem.message.includes(`\`${problem.path}\``)
    ? `  - ${problem.message}`
    : `  - ${problem.path}: ${problem.message}`;
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
  const result = parseFeedText(read.text);
  if (!result.ok) {
    console.log(
      `REJECTED: the extension would not use this feed (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):`,
    );
    for (const error of result.errors) console.log(line(error));
    return 1;
  }
  const { meta, items } = result.feed;
  const now = Date.now();
  const expired = items.filter((item) => item.expiresAt !== undefined && item.expiresAt <= now).length;
  console.log(`Feed: ${meta.title}`);
  console.log(`Organization: ${meta.organization ?? '(not set)'}`);
  console.log(`Items: ${items.length} (${expired} expired)`);
  console.log(`Refresh: every ${meta.refreshMinutes} minutes`);
  if (result.warnings.length === 0) {
    console.log('Warnings: none');
  } else {
    console.log(`Warnings (${result.warnings.length}):`);
    for (const warning of result.warnings) console.log(line(warning));
  }
  console.log('OK: the feed is usable.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
