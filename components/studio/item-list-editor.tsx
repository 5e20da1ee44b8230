import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { StudioEntry } from '@/shared/feed/studio/document';
import { t } from '@/shared/i18n';

export interface ItemListEditorProps {
  items: readonly StudioEntry[];
  selectedKey: string | null;
  /** Items with at least one problem, by key. */
  withErrors: ReadonlySet<string>;
  onSelect: (key: string) => void;
  onAdd: () => void;
  onMove: (index: number, by: -1 | 1) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
  onTogglePin: (index: number) => void;
}

export function entryName(entry: StudioEntry, index: number): string {
  return entry.item.title?.trim() || t('studio.itemN', { n: index + 1 });
}

interface RowActions {
  select: (key: string) => void;
  move: (index: number, by: -1 | 1) => void;
  togglePin: (index: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
}

interface ItemRowProps {
  entry: StudioEntry;
  index: number;
  last: boolean;
  selected: boolean;
  hasProblems: boolean;
  actions: RowActions;
}

/**
 * One item with its actions. Memoized with stable actions, so an edit redraws only the rows it
 * changes: a 5,000-item feed has 30,000 controls here (tests/bench/studio.ts).
 */
const ItemRow = memo(function ItemRow({ entry, index, last, selected, hasProblems, actions }: ItemRowProps) {
  const name = entryName(entry, index);
  const pinned = entry.item._ownvoice?.pinned === true;
  return (
    <li className={selected ? 'selected' : undefined}>
      <button
        type="button"
        className="studio-item-name"
        aria-pressed={selected}
        onClick={() => actions.select(entry.key)}
      >
        <span dir="auto">{name}</span>
        {pinned && <span className="card-pinned">{t('item.pinned')}</span>}
        {hasProblems && <span className="check-error">{t('studio.hasProblems')}</span>}
      </button>
      <span className="studio-item-actions">
        <button
          type="button"
          aria-label={t('studio.moveUp', { name })}
          // aria-disabled, not disabled: the button keeps the focus when its item reaches the end.
          aria-disabled={index === 0}
          onClick={() => index > 0 && actions.move(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('studio.moveDown', { name })}
          aria-disabled={last}
          onClick={() => !last && actions.move(index, 1)}
        >
          ↓
        </button>
        <button type="button" aria-pressed={pinned} onClick={() => actions.togglePin(index)}>
          {t('studio.pin')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" onClick={() => actions.duplicate(index)}>
          {t('studio.duplicate')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" onClick={() => actions.remove(index)}>
          {t('studio.delete')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </span>
    </li>
  );
});

/** The feed's items in order, each with the actions an organizer needs on it. */
export function ItemListEditor(props: ItemListEditorProps) {
  const { items, selectedKey, withErrors } = props;
  // The rows call the latest handlers through one object that never changes (see ItemRow).
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const actions = useMemo<RowActions>(
    () => ({
      select: (key) => latest.current.onSelect(key),
      move: (index, by) => latest.current.onMove(index, by),
      togglePin: (index) => latest.current.onTogglePin(index),
      duplicate: (index) => latest.current.onDuplicate(index),
      remove: (index) => latest.current.onDelete(index),
    }),
    [],
  );
  return (
    <div className="studio-item-list">
      {items.length === 0 ? (
        <p className="hint">{t('studio.noItems')}</p>
      ) : (
        <ol aria-label={t('studio.itemsList')}>
          {items.map((entry, index) => (
            <ItemRow
              key={entry.key}
              entry={entry}
              index={index}
              last={index === items.length - 1}
              selected={entry.key === selectedKey}
              hasProblems={withErrors.has(entry.key)}
              actions={actions}
            />
          ))}
        </ol>
      )}
      <button type="button" onClick={props.onAdd}>
        {t('studio.addItem')}
      </button>
    </div>
  );
}
