import { memo, useId } from 'react';
import { selectItems } from '@/shared/feed/select-items';
import type { ParsedFeed } from '@/shared/feed/types';
import { allNetworks } from '@/shared/share/network-rules';
import { Composer } from '../composer/composer';
import { FeedItemList } from '../feed-item-list';
import { ItemDetail } from '../item-detail';
import { itemKey, type ItemView } from '../feed-view';
import { t } from '@/shared/i18n';
import type { ImageLoader } from '@/shared/feed/feed-image';

/** Stands in for the subscription address the popup would have. */
const PREVIEW_FEED_URL = 'ownvoice:studio-preview';
const NO_VOICE = { signOff: '', favoriteHashtags: [], mastodonInstance: '' };

export interface StudioPreviewProps {
  /** The feed as the extension reads it; null while it would be rejected. */
  feed: ParsedFeed | null;
  now: number;
  /** The item to show opened; null shows the list. */
  openId: string | null;
  /** It opens because the organizer works on it in the form: the focus stays where they type. */
  followsForm: boolean;
  /** A card was opened in the preview itself. */
  onOpen: (id: string) => void;
  onBack: () => void;
  /** The page's anonymous image loader: the preview shows an item's image as the popup does. */
  loadImage: ImageLoader | null;
}

/**
 * The employee's view, drawn by the popup's own components: the list in the popup's order, and
 * an item opened with its composer (questions, suggestions, checks). Nothing is shared from here.
 */
export const StudioPreview = memo(function StudioPreview({
  feed,
  now,
  openId,
  followsForm,
  onOpen,
  onBack,
  loadImage,
}: StudioPreviewProps) {
  const id = useId();
  const items: ItemView[] = feed
    ? feed.items.map((item, position) => ({ ...item, feedUrl: PREVIEW_FEED_URL, position }))
    : [];
  const shown = selectItems(
    items,
    [{ url: PREVIEW_FEED_URL }],
    { query: '' },
    { roles: [], languages: [] },
    now,
  );
  const sourceName = feed ? (feed.meta.organization ?? feed.meta.title) : '';
  const open = openId === null ? undefined : shown.find((item) => item.id === openId);
  // Expired, or kept out by a problem: say so rather than leave the organizer guessing.
  const notShown = feed !== null && followsForm && openId !== null && open === undefined;

  return (
    <aside className="studio-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.preview')}</h2>
      <p className="hint">{t('studio.previewHint')}</p>
      {!feed ? (
        <p role="status">{t('studio.previewNothing')}</p>
      ) : open ? (
        <section aria-label={t('studio.previewItem')} className="popup-preview">
          <ItemDetail
            item={open}
            sourceName={sourceName}
            feedName={feed.meta.title}
            now={now}
            onBack={onBack}
            takeFocus={!followsForm}
            loadImage={loadImage}
          >
            <Composer
              key={itemKey(open)}
              item={open}
              guidelines={feed.meta.guidelines}
              utm={feed.meta.utm}
              sourceName={sourceName}
              initialDraft={null}
              voice={NO_VOICE}
              sharedCount={0}
              networks={allNetworks()}
              onDraftChange={() => undefined}
              onDiscard={() => undefined}
              onShare={() => Promise.resolve({ ok: false, reason: t('studio.previewNoShare') })}
            />
          </ItemDetail>
        </section>
      ) : (
        <section aria-label={t('studio.previewList')} className="popup-preview">
          {notShown && <p className="hint">{t('studio.previewNotShown')}</p>}
          <FeedItemList
            items={shown}
            sourceNameOf={() => sourceName}
            now={now}
            filtered={false}
            onSelect={(item) => onOpen(item.id)}
            onClearFilters={() => undefined}
          />
        </section>
      )}
    </aside>
  );
});
