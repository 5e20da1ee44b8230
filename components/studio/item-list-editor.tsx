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

/** The feed's items in order, each with the actions an organizer needs on it. */
export function ItemListEditor(props: ItemListEditorProps) {
  const { items, selectedKey, withErrors } = props;
  return (
    <div className="studio-item-list">
      {items.length === 0 ? (
        <p className="hint">{t('studio.noItems')}</p>
      ) : (
        <ol aria-label={t('studio.itemsList')}>
          {items.map((entry, index) => {
            const name = entryName(entry, index);
            const pinned = entry.item._ownvoice?.pinned === true;
            return (
              <li key={entry.key} className={entry.key === selectedKey ? 'selected' : undefined}>
                <button
                  type="button"
                  className="studio-item-name"
                  aria-pressed={entry.key === selectedKey}
                  onClick={() => props.onSelect(entry.key)}
                >
                  <span dir="auto">{name}</span>
                  {pinned && <span className="card-pinned">{t('item.pinned')}</span>}
                  {withErrors.has(entry.key) && (
                    <span className="check-error">{t('studio.hasProblems')}</span>
                  )}
                </button>
                <span className="studio-item-actions">
                  <button
                    type="button"
                    aria-label={t('studio.moveUp', { name })}
                    // aria-disabled, not disabled: the button keeps the focus when its item reaches the end.
                    aria-disabled={index === 0}
                    onClick={() => index > 0 && props.onMove(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('studio.moveDown', { name })}
                    aria-disabled={index === items.length - 1}
                    onClick={() => index < items.length - 1 && props.onMove(index, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" aria-pressed={pinned} onClick={() => props.onTogglePin(index)}>
                    {t('studio.pin')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" onClick={() => props.onDuplicate(index)}>
                    {t('studio.duplicate')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" onClick={() => props.onDelete(index)}>
                    {t('studio.delete')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={props.onAdd}>
        {t('studio.addItem')}
      </button>
    </div>
  );
}
