import type { SuggestionToFix } from '@/shared/feed/studio/suggestions-to-fix';
import { itemLabel } from '@/shared/feed/field-labels';
import { formatNumber, t, tn } from '@/shared/i18n';
import { findingText } from '../composer/finding-text';

/** What is wrong with one suggested post, in the words the composer uses. */
function problemsOf({ check }: SuggestionToFix): string[] {
  return [
    ...check.findings.filter((f) => f.severity === 'error').map(findingText),
    ...check.tooLong.map((long) =>
      tn('check.tooLong', long.limit, { network: long.label, used: formatNumber(long.used) }),
    ),
  ];
}

/** Publish's list of suggested posts to fix, each named as the form names it ("Item 1 — Suggested post 2"). */
export function SuggestionsToFixList({ toFix }: { toFix: readonly SuggestionToFix[] }) {
  return (
    <>
      <p className="check-error">{tn('studio.suggestionsToFix', toFix.length)}</p>
      <ul className="check-problems" aria-label={t('studio.suggestionsToFixLabel')}>
        {toFix.map((entry) => (
          <li key={`${entry.itemIndex}-${entry.suggestionIndex}`}>
            {t('feedField.inItem', {
              item: itemLabel(entry.itemIndex),
              field: t('studio.suggestionN', { n: entry.suggestionIndex + 1 }),
            })}
            {': '}
            {problemsOf(entry).join(t('check.listSeparator'))}
          </li>
        ))}
      </ul>
    </>
  );
}
