import { useId } from 'react';
import type { FeedError } from '@/shared/feed/types';
import { labelledText } from '@/shared/feed/field-text';
import { t, tn } from '@/shared/i18n';
import type { SuggestionToFix } from '@/shared/feed/studio/suggestions-to-fix';
import { SuggestionsToFixList } from './suggestions-to-fix-list';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'refused' }
  | { kind: 'downloaded' }
  | { kind: 'copied' }
  | { kind: 'copyFailed' };

export interface StudioExportProps {
  /** The problems shown so far (see the studio's touched fields). */
  errors: readonly FeedError[];
  /** Problems in fields not touched yet: not listed, but the feed is not ready either. */
  unshown: number;
  /** Suggested posts that break the feed's own guidelines: the feed reads, but is not ready. */
  toFix: readonly SuggestionToFix[];
  status: ExportStatus;
  onDownload: () => void;
  onCopy: () => void;
}

/** Publishing: the file to host, or its text; refused, with the reasons, while the feed would not be read. */
export function StudioExport({ errors, unshown, toFix, status, onDownload, onCopy }: StudioExportProps) {
  const id = useId();
  return (
    <section className="studio-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.export')}</h2>
      {errors.length === 0 && unshown > 0 ? (
        <p className="hint">{t('studio.notReadyYet')}</p>
      ) : errors.length === 0 && toFix.length === 0 ? (
        <p className="check-ok">{t('studio.ready')}</p>
      ) : errors.length === 0 ? (
        <p className="check-warning">{t('studio.readsButNotReady')}</p>
      ) : (
        <>
          <p className="check-error">{tn('studio.problems', errors.length)}</p>
          <ul className="check-problems" aria-label={t('studio.problemsLabel')}>
            {errors.map((error) => (
              <li key={JSON.stringify(error)}>{labelledText(error)}</li>
            ))}
          </ul>
        </>
      )}
      {toFix.length > 0 && <SuggestionsToFixList toFix={toFix} />}
      <div className="studio-actions">
        <button type="button" onClick={onDownload}>
          {t('studio.download')}
        </button>
        <button type="button" onClick={onCopy}>
          {t('studio.copy')}
        </button>
      </div>
      <p
        role="status"
        className={status.kind === 'refused' || status.kind === 'copyFailed' ? 'check-error' : undefined}
      >
        {status.kind === 'refused' && t('studio.refused')}
        {status.kind === 'downloaded' && t('studio.downloaded')}
        {status.kind === 'copied' && t('studio.copied')}
        {status.kind === 'copyFailed' && t('studio.copyFailed')}
      </p>
    </section>
  );
}
