import { createStore } from 'zustand/vanilla';
import type { FilterValues } from '@/components/filters-bar';

/** UI state of one panel: the frame is made anew at each opening, so every opening starts clean. */
export interface PanelState {
  query: string;
  filters: FilterValues;
  selected: { feedUrl: string; id: string } | null;
  setQuery: (query: string) => void;
  setFilters: (filters: FilterValues) => void;
  clearFilters: () => void;
  openItem: (item: { feedUrl: string; id: string }) => void;
  back: () => void;
}

export function createPanelStore() {
  return createStore<PanelState>()((set) => ({
    query: '',
    filters: {},
    selected: null,
    setQuery: (query) => set({ query }),
    setFilters: (filters) => set({ filters }),
    clearFilters: () => set({ query: '', filters: {} }),
    openItem: ({ feedUrl, id }) => set({ selected: { feedUrl, id } }),
    back: () => set({ selected: null }),
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
