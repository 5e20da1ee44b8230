/**
 * What `feed:check` prints about a parsed feed, shared with `feed:build` so both commands report
 * the same checks in the same words. Exit codes: 0 usable, 1 rejected (2, unreadable, is decided
 * before there is anything to parse).
 */
import { withPath } from '../feed/problems';
import type { FeedError, FeedWarning, ParseResult } from '../feed/types';
import { englishText } from './english';

export interface ReportOptions {
  print: (text: string) => void;
  /** Where an item-level problem came from, e.g. "row 4" for a spreadsheet; nothing by default. */
  origin?: (problem: FeedWarning) => string | undefined;
  now?: number;
}

/** Why a file could not be read or written, in the words an organizer would use. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
}

/** In English; messages usually quote their own path, and get it in front where they don't. */
function describe(found: FeedError | FeedWarning): string {
  return englishText(withPath(found));
}

export function reportFeed(result: ParseResult, options: ReportOptions): 0 | 1 {
  const { print, origin = () => undefined, now = Date.now() } = options;
  if (!result.ok) {
    const count = result.errors.length;
    print(`REJECTED: the extension would not use this feed (${count} problem${count === 1 ? '' : 's'}):`);
    for (const error of result.errors) print(`  - ${describe(error)}`);
    return 1;
  }
  const { meta, items } = result.feed;
  const expired = items.filter((item) => item.expiresAt !== undefined && item.expiresAt <= now).length;
  print(`Feed: ${meta.title}`);
  print(`Organization: ${meta.organization ?? '(not set)'}`);
  print(`Items: ${items.length} (${expired} expired)`);
  print(`Refresh: every ${meta.refreshMinutes} minutes`);
  if (result.warnings.length === 0) {
    print('Warnings: none');
  } else {
    print(`Warnings (${result.warnings.length}):`);
    for (const warning of result.warnings) {
      const from = origin(warning);
      print(`  - ${from === undefined ? '' : `${from}: `}${describe(warning)}`);
    }
  }
  return 0;
}
