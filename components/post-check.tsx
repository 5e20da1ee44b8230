import { useState } from 'react';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import type { ShareToConfirm } from '@/shared/share/types';
import { t } from '@/shared/i18n';

export interface PostCheckProps {
  share: ShareToConfirm;
  /** Yes: it went out (posted); Not yet: it did not (abandoned). Resolves once the status is stored. */
  onAnswer: (posted: boolean) => Promise<void>;
}

/**
 * Asked about a share Ownvoice could not watch (a share page it opened replaced the tab):
 * "Did your post about ‹title› go out?". The answer sets the entry's status in My history, so it
 * is never asked again.
 */
export function PostCheck({ share, onAnswer }: PostCheckProps) {
  const [state, setState] = useState<'asking' | 'saving' | 'noted'>('asking');
  const answer = (posted: boolean) => {
    setState('saving');
    onAnswer(posted).then(
      () => setState('noted'),
      () => setState('asking'),
    );
  };
  return (
    <section className="post-check" aria-label={t('postCheck.label')}>
      {state === 'noted' ? (
        <p role="status">{t('postCheck.noted')}</p>
      ) : (
        <>
          <p dir="auto">
            {t('postCheck.question', { title: share.title, network: NETWORK_LABELS[share.channel] })}
          </p>
          <div className="post-check-actions">
            <button type="button" disabled={state === 'saving'} onClick={() => answer(true)}>
              {t('postCheck.yes')}
            </button>
            <button type="button" disabled={state === 'saving'} onClick={() => answer(false)}>
              {t('postCheck.notYet')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
