import { useId } from 'react';
import { t } from '@/shared/i18n';

export interface StudioStartProps {
  onNew: () => void;
  onDemo: () => void;
  onFile: (file: File) => void;
}

/** Where a feed starts: from nothing, from the demo feed, or from a file the organizer has. */
export function StudioStart({ onNew, onDemo, onFile }: StudioStartProps) {
  const id = useId();
  return (
    <section className="studio-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.start')}</h2>
      <p className="hint">{t('studio.startHint')}</p>
      <div className="studio-actions">
        <button type="button" onClick={onNew}>
          {t('studio.newFeed')}
        </button>
        <button type="button" onClick={onDemo}>
          {t('studio.fromDemo')}
        </button>
      </div>
      <div className="studio-field">
        <label htmlFor={`${id}-file`}>{t('studio.fromFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.xml,.rss,.atom,application/json,application/feed+json,application/xml,application/rss+xml,application/atom+xml"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
