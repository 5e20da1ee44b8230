import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { HistoryEntry } from '@/shared/history/export-format';
import type { ShareStatus } from '@/shared/share/types';
import { HistoryRow } from './history-row';
import { t } from '@/shared/i18n';

export interface HistoryListProps {
  /** Ids of every matching share, newest first. */
  ids: string[];
  /** The records loaded so far (at least the rows on screen and the one before them). */
  rows: Map<string, HistoryEntry>;
  /** The week a time falls in (the page decides how weeks are counted). */
  weekOf: (ms: number) => number;
  /** The rows the list needs next: [start, end) indexes into `ids`. */
  onRangeChange: (start: number, end: number) => void;
  onStatusChange: (id: string, status: ShareStatus) => void;
  onDelete: (id: string) => void;
}

const ESTIMATED_ROW = 150;

/** Every share, newest first, with a heading where a week begins. Only the rows in view exist in the page. */
export function HistoryList({
  ids,
  rows,
  weekOf,
  onRangeChange,
  onStatusChange,
  onDelete,
}: HistoryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 6,
    initialRect: { width: 800, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    // One row before the first shown: its week decides whether the first row gets a heading.
    onRangeChange(Math.max(0, first - 1), Math.min(ids.length, last + 1));
  }, [first, last, ids.length, onRangeChange]);

  return (
    <div
      ref={scroller}
      className="history-scroll"
      role="feed"
      aria-label={t('history.yourShares')}
      aria-busy={false}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {items.map((item) => {
          const id = ids[item.index]!;
          const entry = rows.get(id);
          const previous = item.index > 0 ? rows.get(ids[item.index - 1]!) : undefined;
          const week = entry ? weekOf(entry.createdAt) : undefined;
          const newWeek =
            entry && (item.index === 0 || (previous !== undefined && weekOf(previous.createdAt) !== week));
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="history-slot"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              {entry ? (
                <HistoryRow
                  entry={entry}
                  weekStart={newWeek ? week : undefined}
                  onStatusChange={onStatusChange}
                  onDelete={onDelete}
                />
              ) : (
                <div
                  className="history-placeholder"
                  style={{ height: ESTIMATED_ROW - 12 }}
                  aria-hidden="true"
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
