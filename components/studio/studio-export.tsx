import { useId } from 'react';
import type { FeedError } from '@/shared/feed/types';
import { locatedText } from '@/shared/feed/problem-text';
import { t, tn } from '@/shared/i18n';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'refused' }
  | { kind: 'downloaded' }
  | { kind: 'copied' }
  | { kind: 'copyFailed' };

export interface StudioExportProps {
  errors: readonly FeedError[];
  status: ExportStatus;
  onDownload: () => void;
  onCopy: () => void;
}

/** Publishing: the file to host, or its text; refused, with the reasons, while the feed would not be read. */
export function StudioExport({ errors, status, onDownload, onCopy }: StudioExportProps) {
  const id = useId();
  return (
    <section className="studio-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.export')}</h2>
      {errors.length === 0 ? (
        <p className="check-ok">{t('studio.ready')}</p>
      ) : (
        <>
          <p className="check-error">{tn('studio.problems', errors.length)}</p>
          <ul className="check-problems" aria-label={t('studio.problemsLabel')}>
            {errors.map((error) => (
              <li key={JSON.stringify(error)}>{locatedText(error)}</li>
            ))}
          </ul>
        </>
      )}
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
