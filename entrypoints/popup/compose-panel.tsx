import { useEffect, useState } from 'react';
import { Composer, type ComposerDraft } from '@/components/composer/composer';
import type { ItemView } from '@/components/feed-view';
import type { FeedMeta } from '@/shared/feed/types';
import { NO_GUIDELINES, shareAbout } from '@/shared/share/share-about';
import { allNetworks } from '@/shared/share/network-rules';
import { performShare, type ShareEffects } from '@/shared/platform/share';
import type { OwnvoiceDB } from '@/storage/db';
import { loadDraft } from '@/storage/drafts';
import { voiceItem } from '@/storage/settings';
import { useDraftSaver } from '@/storage/use-draft-saver';
import { useShareCount } from '@/storage/use-shares';
import { useStorageItem } from '@/storage/use-storage-item';
import { RemindMe } from '@/components/remind-me';
import { remindAbout } from './remind';
import { t } from '@/shared/i18n';

export interface ComposePanelProps {
  db: OwnvoiceDB;
  item: ItemView;
  meta: FeedMeta | null;
  sourceName: string;
  feedTitle: string;
  shareEffects?: ShareEffects;
}

/** The composer with what it needs from this machine: the saved draft, voice settings, history. */
export function ComposePanel({ db, item, meta, sourceName, feedTitle, shareEffects }: ComposePanelProps) {
  const [initial, setInitial] = useState<ComposerDraft | null | undefined>(undefined);
  const voice = useStorageItem(voiceItem);
  const sharedCount = useShareCount(db, item.feedUrl, item.id);
  const saver = useDraftSaver(item.feedUrl, item.id);

  useEffect(() => {
    let live = true;
    loadDraft(item.feedUrl, item.id).then(
      (draft) =>
        live &&
        setInitial(
          draft && {
            text: draft.text,
            appendLink: draft.appendLink,
            tagLink: draft.tagLink,
            sharedTo: draft.sharedTo,
          },
        ),
      () => live && setInitial(null),
    );
    return () => {
      live = false;
    };
  }, [item.feedUrl, item.id]);

  if (initial === undefined || voice === undefined) return <p className="hint">{t('composer.opening')}</p>;
  return (
    <Composer
      item={item}
      guidelines={meta?.guidelines ?? NO_GUIDELINES}
      utm={meta?.utm ?? {}}
      sourceName={sourceName}
      initialDraft={initial}
      voice={voice}
      sharedCount={sharedCount ?? 0}
      networks={allNetworks()}
      onDraftChange={saver.schedule}
      onDiscard={() => void saver.discard()}
      remindMe={<RemindMe onRemind={(at) => remindAbout(item, at)} />}
      onShare={(request) => {
        // The post stays after sharing (marked where it went): written now, before a network's
        // tab opens and closes the popup.
        saver.flush();
        return performShare(request, shareAbout(item, feedTitle), shareEffects);
      }}
    />
  );
}
