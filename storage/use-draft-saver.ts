import { useCallback, useEffect, useRef } from 'react';
import { logger } from '@/shared/logger';
import { clearDraft, saveDraft, type Draft } from './drafts';

/**
 * Saves the draft shortly after each change, and at once when the page hides: the popup closes
 * whenever it loses focus, and reopening it must show the draft exactly as it was.
 */
export function useDraftSaver(feedUrl: string, itemId: string, delayMs = 250) {
  const pending = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const draft = pending.current;
    if (!draft) return;
    pending.current = null;
    const write = draft.text === '' ? clearDraft(feedUrl, itemId) : saveDraft(feedUrl, itemId, draft);
    write.catch((error: unknown) => logger.error('saving the draft', error));
  }, [feedUrl, itemId]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const schedule = useCallback(
    (draft: Omit<Draft, 'updatedAt'>) => {
      pending.current = { ...draft, updatedAt: Date.now() };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await clearDraft(feedUrl, itemId);
  }, [feedUrl, itemId]);

  return { schedule, flush, discard };
}
