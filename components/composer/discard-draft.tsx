import { t } from '@/shared/i18n';

export interface DiscardDraftProps {
  /** Whether there is text to discard. */
  hasText: boolean;
  /** Whether the draft was just discarded and can be brought back. */
  canUndo: boolean;
  onDiscard: () => void;
  onUndo: () => void;
}

/** "Discard draft", and "Draft discarded. Undo" right after it. */
export function DiscardDraft({ hasText, canUndo, onDiscard, onUndo }: DiscardDraftProps) {
  return (
    <>
      {hasText && (
        <button type="button" className="link-button discard" onClick={onDiscard}>
          {t('composer.discard')}
        </button>
      )}
      {canUndo && !hasText && (
        <p className="hint" role="status">
          {t('composer.discarded')}{' '}
          <button type="button" className="link-button" onClick={onUndo}>
            {t('composer.undoDiscard')}
          </button>
        </p>
      )}
    </>
  );
}
