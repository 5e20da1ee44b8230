import { formatDateTime, relativeTime } from '@/shared/dates';
import type { ItemView } from './feed-view';
import { t } from '@/shared/i18n';

export interface FeedItemCardProps {
  item: ItemView;
  /** The feed's (or organization's) name, shown as the source. */
  sourceName: string;
  now: number;
  /** The employee shared this item before. */
  shared?: boolean;
  onSelect: (item: ItemView) => void;
}

/** One item in the list: the whole card is one button that opens the detail. */
export function FeedItemCard({ item, sourceName, now, shared = false, onSelect }: FeedItemCardProps) {
  const date = item.datePublished ?? item.dateModified;
  const heading = item.title ?? item.summary ?? item.contentText ?? item.url ?? t('item.untitled');
  const summary = item.title ? item.summary : undefined;
  return (
    <button type="button" className="card" onClick={() => onSelect(item)}>
      {(item.pinned || shared) && (
        <span className="card-flags">
          {item.pinned && <span className="card-pinned">{t('item.pinned')}</span>}
          {shared && <span className="card-shared">{t('item.sharedByYou')}</span>}
        </span>
      )}
      <span className="card-title" dir="auto">
        {heading}
      </span>
      {summary && (
        <span className="card-summary" dir="auto">
          {summary}
        </span>
      )}
      <span className="card-meta">
        <span className="card-source" dir="auto">
          {sourceName}
        </span>
        {date !== undefined && (
          <time dateTime={new Date(date).toISOString()} title={formatDateTime(date)}>
            {relativeTime(date, now)}
          </time>
        )}
      </span>
      {item.tags.length > 0 && (
        <span className="chips">
          {item.tags.map((tag) => (
            <span key={tag} className="chip" dir="auto">
              {tag}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
