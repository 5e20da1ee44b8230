import type { Ref } from 'react';
import { t } from '@/shared/i18n';
import type { Undo } from './store';

export interface StudioNoticesProps {
  /** What is being read now ("the file", an address), or null. */
  busy: string | null;
  error: string | null;
  undo: Undo | null;
  undoRef: Ref<HTMLButtonElement>;
  onUndo: () => void;
}

/** What the studio says about its last action: reading, a failed import, an undoable change. */
export function StudioNotices({ busy, error, undo, undoRef, onUndo }: StudioNoticesProps) {
  return (
    <div aria-live="polite">
      {busy && <p className="status">{t('studio.reading', { source: busy })}</p>}
      {error && (
        <p className="banner-error" role="alert">
          {t('studio.importFailed', { reason: error })}
        </p>
      )}
      {undo && (
        <p className="studio-undo">
          {undo.kind === 'deleted' ? t('studio.deleted', { name: undo.name }) : t('studio.replaced')}{' '}
          <button type="button" ref={undoRef} onClick={onUndo}>
            {t('studio.undo')}
          </button>
        </p>
      )}
    </div>
  );
}
