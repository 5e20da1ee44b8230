import type { GuidelineFinding } from '@/shared/compose/guidelines';
import type { Guidelines } from '@/shared/feed/types';
import { safeHttpUrl } from '../feed-view';
import { findingText } from './finding-text';
import { t } from '@/shared/i18n';

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
  // Stored notes are one do or don't per line, whether the feed gave one text or a list.
  const notes = (guidelines.notes ?? '').split('\n').filter((note) => note.trim() !== '');
  return (
    <section className="guidelines" aria-labelledby="guidelines-heading">
      <h3 id="guidelines-heading">{t('guidelines.heading', { source: sourceName })}</h3>
      {notes.length === 1 && (
        <p className="guideline-notes" dir="auto">
          {notes[0]}
        </p>
      )}
      {notes.length > 1 && (
        <ul className="guideline-notes">
          {notes.map((note, i) => (
            <li key={i} dir="auto">
              {note}
            </li>
          ))}
        </ul>
      )}
      {guidelines.incomplete && (
        <p className="hint guidelines-incomplete" role="note">
          {t('guidelines.incomplete', { source: sourceName })}
        </p>
      )}
      <ul className="findings" aria-live="polite">
        {findings.map((finding) => (
          <li key={`${finding.kind}:${finding.term}`} className={`finding finding-${finding.severity}`}>
            <span className="finding-icon" aria-hidden="true">
              {finding.severity === 'error' ? '✕' : '!'}
            </span>
            <span className="visually-hidden">
              {finding.severity === 'error' ? t('guidelines.mustFix') : t('guidelines.check')}
            </span>
            <span className="finding-message">{findingText(finding)}</span>
            {finding.kind === 'disclosure' ? (
              <button type="button" className="small" onClick={onAddDisclosure}>
                {t('guidelines.add', { term: finding.term })}
              </button>
            ) : (
              finding.ranges.map((range, i) => (
                <button
                  type="button"
                  key={range.start}
                  className="link-button"
                  onClick={() => onShowRange(range)}
                  aria-label={
                    finding.ranges.length > 1
                      ? t('guidelines.showNthLabel', {
                          term: finding.term,
                          n: i + 1,
                          total: finding.ranges.length,
                        })
                      : t('guidelines.showLabel', { term: finding.term })
                  }
                >
                  {finding.ranges.length > 1 ? t('guidelines.showNth', { n: i + 1 }) : t('guidelines.show')}
                </button>
              ))
            )}
          </li>
        ))}
      </ul>
      {policy && (
        <p className="hint">
          <a href={policy} target="_blank" rel="noopener noreferrer">
            {t('guidelines.policy')}
          </a>
        </p>
      )}
    </section>
  );
}
