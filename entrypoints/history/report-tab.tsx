import { useStore } from 'zustand';
import { ReportPanel } from '@/components/report-panel';
import type { OwnvoiceDB } from '@/storage/db';
import type { HistoryRepository } from '@/storage/history-repository';
import { useFeeds } from '@/storage/use-feed-data';
import { organizerEmail } from './organizer-email';
import { useReport } from '@/storage/use-history';
import type { PageEffects } from './app';
import { dayEnd, dayStart } from './days';
import type { HistoryStore } from './store';

export function ReportTab({
  db,
  repo,
  store,
  effects,
}: {
  db: OwnvoiceDB;
  repo: HistoryRepository;
  store: HistoryStore;
  effects: PageEffects;
}) {
  const period = useStore(store, (s) => s.report);
  const setPeriod = useStore(store, (s) => s.setReportPeriod);
  const from = dayStart(period.fromDay)!;
  const to = dayEnd(period.toDay)!;
  const report = useReport(repo, from, to);
  const feeds = useFeeds(db);
  return (
    <ReportPanel
      fromDay={period.fromDay}
      toDay={period.toDay}
      report={report}
      onPeriodChange={setPeriod}
      onCopy={effects.copy}
      onSave={effects.saveFile}
      organizerEmail={organizerEmail(feeds ?? [])}
    />
  );
}
