import { useEffect, useState } from 'react';
import { logger } from '@/shared/logger';
import type { ShareToConfirm } from '@/shared/share/types';
import type { OwnvoiceDB } from '@/storage/db';
import { findShareToConfirm } from '@/storage/post-check';

/**
 * The share to ask "Did your post … go out?" about as this popup opens (one at a time, until
 * answered: `answerPostCheck` sets its status).
 */
export function usePostCheck(db: OwnvoiceDB, listShown: boolean) {
  const [share, setShare] = useState<ShareToConfirm | null>(null);
  useEffect(() => {
    // Asked once the list is up: IndexedDB answers a page's reads one after another, and the
    // popup's first screen must not wait behind this one.
    if (!listShown) return;
    let live = true;
    findShareToConfirm(db, Date.now()).then(
      (found) => live && setShare(found),
      (error: unknown) => logger.error('finding a share to ask about', error),
    );
    return () => {
      live = false;
    };
  }, [db, listShown]);
  return share;
}
