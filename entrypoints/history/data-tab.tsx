import { HistoryData } from '@/components/history-data';
import { historyCsv } from '@/shared/history/csv';
import { serializeHistory } from '@/shared/history/export-format';
import { readHistoryFile } from '@/shared/history/import-file';
import { logger } from '@/shared/logger';
import type { HistoryRepository } from '@/storage/history-repository';
import type { PageEffects } from './app';
import { dayOf } from './days';
import { t, tn } from '@/shared/i18n';

export function DataTab({
  repo,
  effects,
  count,
}: {
  repo: HistoryRepository;
  effects: PageEffects;
  count: number;
}) {
  const exportAs = (kind: 'json' | 'csv') => {
    repo.all().then(
      (entries) => {
        const now = effects.now();
        const name = `ownvoice-history-${dayOf(now)}.${kind}`;
        if (kind === 'json') effects.saveFile(name, serializeHistory(entries, now), 'application/json');
        else effects.saveFile(name, historyCsv(entries), 'text/csv');
      },
      (e: unknown) => logger.error('Exporting the history', e),
    );
  };
  return (
    <HistoryData
      count={count}
      onExportJson={() => exportAs('json')}
      onExportCsv={() => exportAs('csv')}
      onImport={async (file) => {
        const parsed = await readHistoryFile(file);
        // Over a limit: that sentence says it all. Otherwise the file is not an export, and the
        // parser's own words go behind Details.
        if (!parsed.ok) {
          return parsed.overLimit
            ? { ok: false, message: parsed.reason }
            : { ok: false, message: t('data.importNotExport'), detail: parsed.reason };
        }
        const { added, skipped } = await repo.importEntries(parsed.entries);
        return {
          ok: true,
          message: skipped ? tn('data.importedKept', added, { kept: skipped }) : tn('data.imported', added),
        };
      }}
      onErase={() => repo.clear()}
    />
  );
}
