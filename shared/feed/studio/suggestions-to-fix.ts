/**
 * The suggested posts that break the feed's own guidelines (a blocked term, a required
 * disclosure left out) or a network's length: the extension reads such a feed, but employees
 * would start from a post their own composer marks "Must fix". Publish lists them beside the
 * feed's readiness, so "Ready" is never said over them.
 */
import { createSuggestionChecker, type SuggestionCheck } from '../suggestion-checks';
import type { StudioCheck } from './check';

export interface SuggestionToFix {
  /** The item's place in the studio's list (0-based; shown from 1). */
  itemIndex: number;
  suggestionIndex: number;
  check: SuggestionCheck;
}

export function suggestionsToFix(check: Pick<StudioCheck, 'parsed' | 'parsedIndex'>): SuggestionToFix[] {
  const feed = check.parsed;
  if (!feed) return [];
  const checkItem = createSuggestionChecker(feed.meta.guidelines);
  return check.parsedIndex.flatMap((parsedAt, itemIndex) => {
    const item = parsedAt >= 0 ? feed.items[parsedAt] : undefined;
    if (!item) return [];
    return checkItem(item).flatMap((result, suggestionIndex) =>
      result.tooLong.length > 0 || result.findings.some((f) => f.severity === 'error')
        ? [{ itemIndex, suggestionIndex, check: result }]
        : [],
    );
  });
}
