import { createStore } from 'zustand/vanilla';
import type { FilterValues } from '@/components/filters-bar';

/** UI state of one popup: what the employee typed, picked and opened. The data lives in Dexie. */
export interface PopupState {
  query: string;
  filters: FilterValues;
  /** The open item, by its key in Dexie. */
  selected: { feedUrl: string; id: string } | null;
  view: 'list' | 'detail';
  setQuery: (query: string) => void;
  setFilters: (filters: FilterValues) => void;
  clearFilters: () => void;
  openItem: (item: { feedUrl: string; id: string }) => void;
  back: () => void;
}

/** One store per mounted popup, so every opening (and every test) starts clean. */
export function createPopupStore() {
  return createStore<PopupState>()((set) => ({
    query: '',
    filters: {},
    selected: null,
    view: 'list',
    setQuery: (query) => set({ query }),
    setFilters: (filters) => set({ filters }),
    clearFilters: () => set({ query: '', filters: {} }),
    openItem: ({ feedUrl, id }) => set({ selected: { feedUrl, id }, view: 'detail' }),
    back: () => set({ view: 'list' }),
  }));
}

export type PopupStore = ReturnType<typeof createPopupStore>;
