import { useEffect, useRef, useState } from 'react';
import { Composer, type ComposerDraft } from '@/components/composer/composer';
import type { ItemView } from '@/components/feed-view';
import type { FeedMeta } from '@/shared/feed/types';
import { NO_GUIDELINES, shareAbout } from '@/shared/share/share-about';
import { LINKEDIN_ONLY } from '@/shared/share/network-rules';
import { sendToBackground } from '@/shared/messaging';
import type { VoiceSettings } from '@/shared/share/types';
import { copyInstead } from '@/shared/linkedin/copy-instead';
import type { PageLink } from './page-link';
import { t } from '@/shared/i18n';

const LABELS = {
  get linkedin() {
    return t('overlay.putInPost');
  },
};

const DONE_LABELS = {
  get linkedin() {
    return t('overlay.putDone');
  },
};

export interface PanelComposerProps {
  item: ItemView;
  meta: FeedMeta | null;
  voice: VoiceSettings;
  sourceName: string;
  feedTitle: string;
  sharedCount: number;
  page: PageLink;
}

/** The composer in the panel: drafts and history go through the background (no IndexedDB in a frame). */
export function PanelComposer({
  item,
  meta,
  voice,
  sourceName,
  feedTitle,
  sharedCount,
  page,
}: PanelComposerProps) {
  const [initial, setInitial] = useState<ComposerDraft | null | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const key = { feedUrl: item.feedUrl, itemId: item.id };

  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'drafts/get', feedUrl: item.feedUrl, itemId: item.id }).then((answer) => {
      if (live) setInitial(answer.ok && answer.data ? answer.data : null);
    });
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [item.feedUrl, item.id]);

  function saveDraft(draft: ComposerDraft) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void sendToBackground(
        draft.text === ''
          ? { type: 'drafts/clear', ...key }
          : { type: 'drafts/save', ...key, draft: { ...draft, updatedAt: Date.now() } },
      );
    }, 300);
  }

  function clearDraft() {
    clearTimeout(timer.current);
    void sendToBackground({ type: 'drafts/clear', ...key });
  }

  if (initial === undefined) return <p className="hint">{t('composer.opening')}</p>;
  return (
    <Composer
      item={item}
      guidelines={meta?.guidelines ?? NO_GUIDELINES}
      utm={meta?.utm ?? {}}
      sourceName={sourceName}
      initialDraft={initial}
      voice={voice}
      sharedCount={sharedCount}
      networks={LINKEDIN_ONLY}
      shareLabels={LABELS}
      doneLabels={DONE_LABELS}
      onDraftChange={saveDraft}
      onDiscard={clearDraft}
      onShare={async (request) => {
        const about = shareAbout(item, feedTitle);
        const placed = await page.put(request, about);
        const outcome = !placed
          ? { ok: false as const, reason: t('overlay.pageGone') }
          : placed.kind === 'copy'
            ? await copyInstead(request, about, {
                send: sendToBackground,
                copy: (text) => navigator.clipboard.writeText(text),
                platform: navigator.platform,
              })
            : placed.outcome;
        return outcome;
      }}
    />
  );
}
