import { createStore } from 'zustand/vanilla';
import type { StudioDoc } from '@/shared/feed/studio/document';
import type { Removed } from '@/shared/feed/studio/edit';
import type { ExportStatus } from '@/components/studio/studio-export';

/** What the last destructive step can give back. */
export type Undo =
  { kind: 'deleted'; removed: Removed; name: string } | { kind: 'replaced'; previous: StudioDoc };

/**
 * The item open in the preview. `form`: the organizer selected or edited it (by its key, which
 * survives edits to its id), so the focus stays in the form; `preview`: they opened its card there
 * (by the id the card shows), and the focus goes to the preview as in the popup.
 */
export type Previewed = { from: 'form'; key: string } | { from: 'preview'; id: string };

/** UI state of the studio page: which item is open, what can be undone. The feed itself lives in storage. */
export interface StudioUiState {
  selectedKey: string | null;
  /** null: the preview shows the list. */
  previewed: Previewed | null;
  undo: Undo | null;
  exportStatus: ExportStatus;
  /**
   * Fields the organizer has typed in or left, by a path whose item is named by its key (so a
   * moved item keeps its state). A field's error shows once it is touched, or once `revealed`:
   * an export was tried, or the feed came from elsewhere (its problems are news, not nagging).
   */
  touched: ReadonlySet<string>;
  revealed: boolean;
  touch: (path: string) => void;
  reveal: () => void;
  /** A new document: nothing touched; revealed when it was imported rather than started blank. */
  startFresh: (revealed: boolean) => void;
  select: (key: string | null) => void;
  /** The organizer works on this item in the form: select it and open it in the preview. */
  work: (key: string) => void;
  setPreviewed: (previewed: Previewed | null) => void;
  setUndo: (undo: Undo | null) => void;
  setExportStatus: (status: ExportStatus) => void;
}

export function createStudioStore() {
  return createStore<StudioUiState>()((set) => ({
    selectedKey: null,
    previewed: null,
    undo: null,
    exportStatus: { kind: 'idle' },
    touched: new Set<string>(),
    revealed: false,
    touch: (path) =>
      set((state) => (state.touched.has(path) ? state : { touched: new Set(state.touched).add(path) })),
    reveal: () => set((state) => (state.revealed ? state : { revealed: true })),
    startFresh: (revealed) => set({ touched: new Set<string>(), revealed }),
    select: (selectedKey) => set({ selectedKey }),
    // Called on every keystroke in an item's fields: no new state when it is the item already.
    work: (key) =>
      set((state) =>
        state.selectedKey === key && state.previewed?.from === 'form' && state.previewed.key === key
          ? state
          : { selectedKey: key, previewed: { from: 'form', key } },
      ),
    setPreviewed: (previewed) => set({ previewed }),
    setUndo: (undo) => set({ undo }),
    setExportStatus: (exportStatus) => set({ exportStatus }),
  }));
}
