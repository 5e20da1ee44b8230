import type { GuidelineFinding } from '@/shared/compose/guidelines';
import type { Guidelines } from '@/shared/feed/types';
import { safeHttpUrl } from '../feed-view';

export interface GuidelineListProps {
  findings: GuidelineFinding[];
  guidelines: Guidelines;
  sourceName: string;
  /** Selects a range of the editor's text, so the employee sees the word in place. */
  onShowRange: (range: { start: number; end: number }) => void;
  onAddDisclosure: () => void;
}

/** The organization's guidelines, checked on the employee's machine as they type. */
export function GuidelineList({
  findings,
  guidelines,
  sourceName,
  onShowRange,
  onAddDisclosure,
}: GuidelineListProps) {
  const policy = safeHttpUrl(guidelines.url);
  return (
    <section className="guidelines" aria-labelledby="guidelines-heading">
      <h3 id="guidelines-heading">{sourceName}'s guidelines</h3>
      {guidelines.notes && (
        <p className="guideline-notes" dir="auto">
          {guidelines.notes}
        </p>
      )}
      <ul className="findings" aria-live="polite">
        {findings.map((finding) => (
          <li key={`${finding.kind}:${finding.term}`} className={`finding finding-${finding.severity}`}>
            <span className="finding-icon" aria-hidden="true">
              {finding.severity === 'error' ? '✕' : '!'}
            </span>
            <span className="visually-hidden">{finding.severity === 'error' ? 'Must fix:' : 'Check:'}</span>
            <span className="finding-message">{finding.message}</span>
            {finding.kind === 'disclosure' ? (
              <button type="button" className="small" onClick={onAddDisclosure}>
                Add {finding.term}
              </button>
            ) : (
              finding.ranges.map((range, i) => (
                <button
                  type="button"
                  key={range.start}
                  className="link-button"
                  onClick={() => onShowRange(range)}
                  aria-label={`Show "${finding.term}" in your post${finding.ranges.length > 1 ? ` (${i + 1} of ${finding.ranges.length})` : ''}`}
                >
                  Show{finding.ranges.length > 1 ? ` ${i + 1}` : ''}
                </button>
              ))
            )}
          </li>
        ))}
      </ul>
      {policy && (
        <p className="hint">
          <a href={policy} target="_blank" rel="noopener noreferrer">
            Read the social media policy
          </a>
        </p>
      )}
    </section>
  );
}
