import { useEffect, useState } from 'react';
import { FeedItemCard } from './feed-item-card';
import { itemKey, type ItemView } from './feed-view';
import { t, tn } from '@/shared/i18n';

/** About what a popup or the overlay's panel shows without scrolling. */
const FIRST_SCREEN = 8;

export interface FeedItemListProps {
  items: readonly ItemView[];
  sourceNameOf: (item: ItemView) => string;
  now: number;
  /** Whether a search or filter is narrowing the list (changes the empty state). */
  filtered: boolean;
  onSelect: (item: ItemView) => void;
  onClearFilters: () => void;
  /** Keys (itemKey) of the items the employee has shared, marked "Shared by you". */
  sharedKeys?: ReadonlySet<string>;
  /** How many cards to render before "Show more" (a feed may hold 5,000 items). */
  pageSize?: number;
}

export function FeedItemList({
  items,
  sourceNameOf,
  now,
  filtered,
  onSelect,
  onClearFilters,
  sharedKeys,
  pageSize = 50,
}: FeedItemListProps) {
  const [shown, setShown] = useState(pageSize);
  // The first screenful paints first; the rest of the page follows a frame later.
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setFirstFrame(false));
    return () => cancelAnimationFrame(frame);
  }, []);

  if (items.length === 0) {
    return filtered ? (
      <div className="empty" role="status">
        <p>{t('list.noMatch')}</p>
        <button type="button" onClick={onClearFilters}>
          {t('list.clearFilters')}
        </button>
      </div>
    ) : (
      <div className="empty" role="status">
        <p>{t('list.empty')}</p>
      </div>
    );
  }

  const visible = items.slice(0, firstFrame ? Math.min(shown, FIRST_SCREEN) : shown);
  return (
    <>
      <ul className="item-list" aria-label={t('list.label')}>
        {visible.map((item) => (
          <li key={itemKey(item)}>
            <FeedItemCard
              item={item}
              sourceName={sourceNameOf(item)}
              now={now}
              shared={sharedKeys?.has(itemKey(item)) ?? false}
              onSelect={onSelect}
            />
          </li>
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + pageSize)}>
          {tn('list.showMore', items.length - shown)}
        </button>
      )}
    </>
  );
}
