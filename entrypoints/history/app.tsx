import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useStore } from 'zustand';
import { localeWeekStart, type WeekOptions } from '@/shared/history/weeks';
import { getDb, type OwnvoiceDB } from '@/storage/db';
import { createHistoryRepository } from '@/storage/history-repository';
import { useHistoryCount, useInsights } from '@/storage/use-history';
import { weeklyGoalItem } from '@/storage/settings';
import { useStorageItem } from '@/storage/use-storage-item';
import { useNow } from '@/components/use-now';
import { dayOf, monthAgo } from './days';
import { saveTextFile } from './files';
import { HistoryTab } from './history-tab';
import { InsightsTab } from './insights-tab';
import { createHistoryStore, type HistoryTab as Tab } from './store';
import { t, tn } from '@/shared/i18n';

/** What the page does outside itself; tests pass fakes. */
export interface PageEffects {
  saveFile: (fileName: string, content: string, type: string) => void;
  copy: (text: string) => Promise<void>;
  now: () => number;
}

export const browserPageEffects: PageEffects = {
  saveFile: saveTextFile,
  copy: (text) => navigator.clipboard.writeText(text),
  now: Date.now,
};

// The report and data tabs (the import's validator among them) load when first opened, so the
// list's first rows wait for less script.
const ReportTab = lazy(() => import('./report-tab').then((m) => ({ default: m.ReportTab })));
const DataTab = lazy(() => import('./data-tab').then((m) => ({ default: m.DataTab })));

export interface HistoryAppProps {
  db?: OwnvoiceDB;
  effects?: PageEffects;
  weekOptions?: WeekOptions;
}

const TABS: Array<{ id: Tab; label: () => string }> = [
  { id: 'history', label: () => t('historyPage.tabHistory') },
  { id: 'insights', label: () => t('historyPage.tabInsights') },
  { id: 'report', label: () => t('historyPage.tabReport') },
  { id: 'data', label: () => t('historyPage.tabData') },
];

function initialTab(): Tab | undefined {
  const hash = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return TABS.find((tab) => tab.id === hash)?.id;
}

/** "My history": every share, the employee's own insights, a report they may pass on, their data. */
export function App({ db = getDb(), effects = browserPageEffects, weekOptions }: HistoryAppProps) {
  const repo = useMemo(() => createHistoryRepository(db), [db]);
  const [store] = useState(() => {
    const now = effects.now();
    return createHistoryStore({ tab: initialTab(), today: dayOf(now), monthAgo: monthAgo(now) });
  });
  const tab = useStore(store, (s) => s.tab);
  const setTab = useStore(store, (s) => s.setTab);
  const weeks = useMemo(() => weekOptions ?? { weekStartsOn: localeWeekStart() }, [weekOptions]);
  // The history tab's first rows are read before the count, which would otherwise hold them up.
  const [firstRowsShown, setFirstRowsShown] = useState(false);
  // Counting reads every window of a long history: it waits until the list's own query (every
  // id, or a search typed meanwhile) has answered, so it is not queued in front of that.
  const [listAnswered, setListAnswered] = useState(false);
  // Stable, so the tab's effects that report these run when its data changes, not on every render.
  const onFirstRows = useCallback(() => setFirstRowsShown(true), []);
  const onListAnswered = useCallback(() => setListAnswered(true), []);
  const count = useHistoryCount(repo, listAnswered || tab !== 'history');
  // The insights are read once the first rows are up (and kept live), so opening that tab
  // shows them at once instead of reading twelve weeks of entries then.
  const now = useNow(60_000);
  const goal = useStorageItem(weeklyGoalItem);
  const insights = useInsights(repo, now, weeks, goal, firstRowsShown || tab === 'insights');

  return (
    <div className="history-page">
      <header className="app-header history-header">
        <h1>{t('popup.history')}</h1>
        <p className="hint">{count === undefined ? '…' : tn('historyPage.count', count)}</p>
        <nav className="tabs" role="tablist" aria-label={t('popup.history')}>
          {TABS.map((each) => (
            <button
              key={each.id}
              type="button"
              role="tab"
              id={`tab-${each.id}`}
              aria-selected={tab === each.id}
              aria-controls={`panel-${each.id}`}
              className={tab === each.id ? 'tab active' : 'tab'}
              onClick={() => setTab(each.id)}
            >
              {each.label()}
            </button>
          ))}
        </nav>
      </header>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="history-main">
        {tab === 'history' && (
          <HistoryTab
            repo={repo}
            store={store}
            weeks={weeks}
            total={count}
            onFirstRows={onFirstRows}
            onListAnswered={onListAnswered}
          />
        )}
        {tab === 'insights' && <InsightsTab insights={insights} goal={goal} />}
        <Suspense fallback={<LoadingSkeleton rows={3} />}>
          {tab === 'report' && <ReportTab db={db} repo={repo} store={store} effects={effects} />}
          {tab === 'data' && <DataTab repo={repo} effects={effects} count={count ?? 0} />}
        </Suspense>
      </main>
    </div>
  );
}
