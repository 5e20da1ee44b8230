import { createStore } from 'zustand/vanilla';
import type { FilterValues } from '@/components/filters-bar';

/** UI state of one overlay mount: created in onMount so every opening starts clean. */
export interface OverlayState {
  open: boolean;
  query: string;
  filters: FilterValues;
  selected: { feedUrl: string; id: string } | null;
  setOpen: (open: boolean) => void;
  setQuery: (query: string) => void;
  setFilters: (filters: FilterValues) => void;
  clearFilters: () => void;
  openItem: (item: { feedUrl: string; id: string }) => void;
  back: () => void;
}

export function createOverlayStore() {
  return createStore<OverlayState>()((set) => ({
    open: false,
    query: '',
    filters: {},
    selected: null,
    setOpen: (open) => set({ open }),
    setQuery: (query) => set({ query }),
    setFilters: (filters) => set({ filters }),
    clearFilters: () => set({ query: '', filters: {} }),
    openItem: ({ feedUrl, id }) => set({ selected: { feedUrl, id } }),
    back: () => set({ selected: null }),
  }));
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;
