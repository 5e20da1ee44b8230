import { englishText } from '../../shared/cli/english';
import { isProblem, type Problem } from '../../shared/feed/problems';

/**
 * A result with every feed problem in it said in English, so a test can compare it with the
 * words an organizer reads (`reason`, `error`, a warning's text as `message`).
 */
export function inEnglish<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map((entry) => inEnglish(entry));
  if (typeof value !== 'object' || value === null) return value;
  if (isProblem(value)) {
    const { code: _code, params: _params, ...rest } = value as Record<string, unknown>;
    return Object.keys(rest).length === 0
      ? englishText(value)
      : { ...(inEnglish(rest) as object), message: englishText(value) };
  }
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, inEnglish(entry)]));
}

/** A stored or returned problem in English; nothing when there is none. */
export function said(found: Problem | undefined | null): string | undefined {
  return found ? englishText(found) : undefined;
}
