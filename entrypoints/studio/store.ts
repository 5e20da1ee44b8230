import { createStore } from 'zustand/vanilla';
import type { StudioDoc } from '@/shared/feed/studio/document';
import type { Removed } from '@/shared/feed/studio/edit';
import type { ExportStatus } from '@/components/studio/studio-export';

/** What the last destructive step can give back. */
export type Undo =
  { kind: 'deleted'; removed: Removed; name: string } | { kind: 'replaced'; previous: StudioDoc };

/** UI state of the studio page: which item is open, what can be undone. The feed itself lives in storage. */
export interface StudioUiState {
  selectedKey: string | null;
  undo: Undo | null;
  exportStatus: ExportStatus;
  select: (key: string | null) => void;
  setUndo: (undo: Undo | null) => void;
  setExportStatus: (status: ExportStatus) => void;
}

export function createStudioStore() {
  return createStore<StudioUiState>()((set) => ({
    selectedKey: null,
    undo: null,
    exportStatus: { kind: 'idle' },
    select: (selectedKey) => set({ selectedKey }),
    setUndo: (undo) => set({ undo }),
    setExportStatus: (exportStatus) => set({ exportStatus }),
  }));
}
