/**
 * The organizer's own suggested posts, checked the way the employee's composer will check them:
 * the feed's guidelines (blocked terms, caution terms, the disclosure) and each network's length
 * limit. Used by the feed check page, so an organizer sees a broken suggestion before employees do.
 */
import { createGuidelineChecker, type GuidelineFinding } from '../compose/guidelines';
import { NETWORK_LIMITS, postLength } from '../compose/network-limits';
import { NETWORKS, type FeedItem, type Guidelines, type Network, type Suggestion } from './types';

export interface LengthProblem {
  network: Network;
  label: string;
  used: number;
  limit: number;
  unit: 'characters' | 'graphemes';
}

export interface SuggestionCheck {
  suggestion: Suggestion;
  findings: GuidelineFinding[];
  /** Networks the suggestion is meant for whose limit it exceeds. */
  tooLong: LengthProblem[];
}

/** Networks a suggestion will be offered on: its own, or (for "any") the item's, or all. */
export function suggestionNetworks(suggestion: Suggestion, item: Pick<FeedItem, 'networks'>): Network[] {
  if (suggestion.network !== 'any') return [suggestion.network];
  return item.networks.length > 0 ? item.networks : [...NETWORKS];
}

/** One checker per feed; call the result once per item. */
export function createSuggestionChecker(guidelines: Guidelines) {
  const check = createGuidelineChecker(guidelines);
  return (item: Pick<FeedItem, 'suggestions' | 'networks'>): SuggestionCheck[] =>
    item.suggestions.map((suggestion) => ({
      suggestion,
      findings: check(suggestion.text),
      tooLong: suggestionNetworks(suggestion, item).flatMap((network) => {
        const { used, limit, over, unit } = postLength(suggestion.text, network);
        return over ? [{ network, label: NETWORK_LIMITS[network].label, used, limit, unit }] : [];
      }),
    }));
}

/** How many suggestions in the feed have at least one error-level finding or are too long. */
export function countSuggestionProblems(checks: readonly SuggestionCheck[]): number {
  return checks.filter((c) => c.tooLong.length > 0 || c.findings.some((f) => f.severity === 'error')).length;
}
