import { t } from '../i18n';
import { parseHistoryExport, type ParsedHistory } from './export-format';

/**
 * How large a history file the page imports (issue 23). The page reads the whole file into memory
 * and checks every entry in one go, so a file without a limit could freeze it or run it out of
 * memory. 100,000 entries is 27 years at ten shares a day; the 50,000-entry benchmark export is
 * 32.5 MB (~650 bytes an entry), and an entry's text may be far longer, hence 64 MiB.
 */
export const HISTORY_IMPORT_LIMITS = { bytes: 64 * 1024 * 1024, entries: 100_000 } as const;

const MIB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MIB).toLocaleString(undefined, { maximumFractionDigits: 1 });
const limits = () => ({
  maxMb: megabytes(HISTORY_IMPORT_LIMITS.bytes),
  maxEntries: HISTORY_IMPORT_LIMITS.entries.toLocaleString(),
});

/**
 * Reads a history export the employee picked. A file over the size limit is refused before any
 * of it is read; the text is read once and handed on, so it is not kept beside what it parses to.
 */
export async function readHistoryFile(file: Pick<Blob, 'size' | 'text'>): Promise<ParsedHistory> {
  if (file.size > HISTORY_IMPORT_LIMITS.bytes) {
    return {
      ok: false,
      reason: t('data.importTooBig', { size: megabytes(file.size), ...limits() }),
      overLimit: true,
    };
  }
  return parseHistoryExport(await file.text(), {
    maxEntries: HISTORY_IMPORT_LIMITS.entries,
    tooMany: (count) => t('data.importTooMany', { count: count.toLocaleString(), ...limits() }),
  });
}
