import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateTime, relativeTime } from '@/shared/dates';
import { languageLabel, safeHttpUrl, type ItemView } from './feed-view';
import { t } from '@/shared/i18n';
import type { ImageLoader } from '@/shared/feed/feed-image';
import { FeedImage } from './feed-image';

export interface ItemDetailProps {
  item: ItemView;
  /** The organization, or the feed title when the feed names none. */
  sourceName: string;
  /** The feed's title, shown beside the organization when it differs. */
  feedName?: string;
  now: number;
  onBack: () => void;
  /**
   * Default true: opening moves the focus to Back. False where the item opens because of work
   * elsewhere on the page (the studio's preview follows its form), which must keep the focus.
   */
  takeFocus?: boolean;
  /**
   * Fetches the item's image without cookies (shared/feed/feed-image). Required so that each page
   * decides: null shows no image, for a page that is not the extension's own origin.
   */
  loadImage: ImageLoader | null;
  /** What follows the item: the composer. */
  children?: ReactNode;
}

/** The item as the organizer sent it, as plain text, then the composer. Esc or "Back" returns. */
export function ItemDetail({
  item,
  sourceName,
  feedName,
  now,
  onBack,
  takeFocus = true,
  loadImage,
  children,
}: ItemDetailProps) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) backRef.current?.focus();
  }, [takeFocus]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Esc inside the editor must not throw the employee out of their post.
      if (event.key === 'Escape' && !(event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  const date = item.datePublished ?? item.dateModified;
  const link = safeHttpUrl(item.url) ?? safeHttpUrl(item.externalUrl);

  return (
    <article className="detail">
      <button type="button" ref={backRef} className="back" onClick={onBack}>
        <span aria-hidden="true" className="flip-rtl">
          ←
        </span>{' '}
        {t('detail.back')}
      </button>
      {item.pinned && <span className="card-pinned">{t('item.pinned')}</span>}
      <h2 className="detail-title" dir="auto">
        {item.title ?? t('item.untitled')}
      </h2>
      {/* Each name is isolated and the separators stay outside, in the page's direction: in Hebrew,
          "Acme · Acme — news to share" must not read "Acme — news to shareAcme" (issue 21). */}
      <p className="detail-meta">
        <bdi>{sourceName}</bdi>
        {feedName && feedName !== sourceName && (
          <>
            {' · '}
            <bdi>{feedName}</bdi>
          </>
        )}
        {date !== undefined && (
          <>
            {' · '}
            <time dateTime={new Date(date).toISOString()} title={formatDateTime(date)}>
              {relativeTime(date, now)}
            </time>
          </>
        )}
        {item.language && (
          <>
            {' · '}
            <bdi>{languageLabel(item.language)}</bdi>
          </>
        )}
      </p>
      <FeedImage url={item.image} load={loadImage} />
      {item.summary && (
        <p className="detail-summary" dir="auto">
          {item.summary}
        </p>
      )}
      {item.contentText && (
        <div className="detail-content" dir="auto">
          {item.contentText}
        </div>
      )}
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('detail.openArticle')}
          </a>
        </p>
      )}
      {item.tags.length > 0 && (
        <p className="chips" aria-label={t('detail.tags')}>
          {item.tags.map((tag) => (
            <span key={tag} className="chip" dir="auto">
              {tag}
            </span>
          ))}
        </p>
      )}
      {children}
    </article>
  );
}
