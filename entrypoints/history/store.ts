import { createStore } from 'zustand/vanilla';
import type { HistoryFilterValues } from '@/components/history-filters';

export type HistoryTab = 'history' | 'insights' | 'report' | 'data';

/** UI state of the history page: the open tab, the filters, the report's period. The data lives in Dexie. */
export interface HistoryPageState {
  tab: HistoryTab;
  filters: HistoryFilterValues;
  /** Rows the list shows: [start, end) into the matching ids. */
  range: [number, number];
  report: { fromDay: string; toDay: string };
  setTab: (tab: HistoryTab) => void;
  setFilters: (filters: HistoryFilterValues) => void;
  setRange: (start: number, end: number) => void;
  setReportPeriod: (fromDay: string, toDay: string) => void;
}

export function createHistoryStore(initial: { tab?: HistoryTab; today: string; monthAgo: string }) {
  return createStore<HistoryPageState>()((set) => ({
    tab: initial.tab ?? 'history',
    filters: { query: '' },
    range: [0, 20],
    report: { fromDay: initial.monthAgo, toDay: initial.today },
    setTab: (tab) => set({ tab }),
    setFilters: (filters) => set({ filters, range: [0, 20] }),
    setRange: (start, end) =>
      set((s) => (s.range[0] === start && s.range[1] === end ? s : { range: [start, end] })),
    setReportPeriod: (fromDay, toDay) => set({ report: { fromDay, toDay } }),
  }));
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
