import { z } from 'zod';
import { NETWORKS } from '../feed/types';
import { SHARE_STATUSES, type ShareChannel, type ShareStatus } from '../share/types';

/**
 * The history export, version 1: every field of every entry, dates as epoch ms, so export then
 * import gives back exactly what was there. A later version gets a new `version` number and
 * this parser keeps reading version 1.
 */
export const EXPORT_FORMAT = 'ownvoice-history';
export const EXPORT_VERSION = 1;

export interface HistoryEntry {
  id: string;
  createdAt: number;
  feedUrl: string;
  itemId: string;
  itemTitle?: string;
  itemUrl?: string;
  feedTitle?: string;
  tags: string[];
  channel: ShareChannel;
  text: string;
  ownWords: number;
  status: ShareStatus;
}

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, for people reading the file; the entries' own times are epoch ms. */
  exportedAt: string;
  entries: HistoryEntry[];
}

const entrySchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: z.number().int().nonnegative(),
  feedUrl: z.string().min(1).max(2048),
  itemId: z.string().min(1).max(1000),
  itemTitle: z.string().max(1000).optional(),
  itemUrl: z.string().max(2048).optional(),
  feedTitle: z.string().max(1000).optional(),
  tags: z.array(z.string().max(200)).max(100),
  channel: z.enum([...NETWORKS, 'clipboard']),
  text: z.string().max(70_000),
  ownWords: z.number().min(0).max(1),
  status: z.enum(SHARE_STATUSES),
});

const headerSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  entries: z.array(z.unknown()),
});

/** Only the fields of the format, in a fixed order; derived fields (the search index) stay behind. */
export function toEntry(record: HistoryEntry): HistoryEntry {
  const entry: HistoryEntry = {
    id: record.id,
    createdAt: record.createdAt,
    feedUrl: record.feedUrl,
    itemId: record.itemId,
    tags: [...record.tags],
    channel: record.channel,
    text: record.text,
    ownWords: record.ownWords,
    status: record.status,
  };
  if (record.itemTitle !== undefined) entry.itemTitle = record.itemTitle;
  if (record.itemUrl !== undefined) entry.itemUrl = record.itemUrl;
  if (record.feedTitle !== undefined) entry.feedTitle = record.feedTitle;
  return entry;
}

export function serializeHistory(records: HistoryEntry[], now: number): string {
  const file: HistoryExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: records.map(toEntry),
  };
  return JSON.stringify(file);
}

/** `overLimit`: refused for its size, with a sentence for people; otherwise `reason` is technical. */
export type ParsedHistory =
  { ok: true; entries: HistoryEntry[] } | { ok: false; reason: string; overLimit?: true };

function describeField(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
}

/** What an import may hold: `tooMany` words the refusal of a file with more entries. */
export interface ImportBounds {
  maxEntries: number;
  tooMany: (count: number) => string;
}

/**
 * Reads an export file. A bad file yields a reason naming the entry (number and id) and field.
 * The text is parsed once, and each raw entry is let go as soon as its checked copy exists, so
 * a large file is never held as text, raw objects and checked entries all at once.
 */
export function parseHistoryExport(text: string, bounds?: ImportBounds): ParsedHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  return parseHistoryData(data, bounds);
}

function parseHistoryData(data: unknown, bounds: ImportBounds | undefined): ParsedHistory {
  // The entries are checked one by one below; the header check must not copy them all first.
  const rawEntries =
    data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)
      ? ((data as { entries: unknown[] }).entries as unknown[])
      : undefined;
  const header = headerSchema.safeParse(rawEntries ? { ...(data as object), entries: [] } : data);
  if (!header.success || !rawEntries) {
    const issue = header.success ? undefined : header.error.issues[0]!;
    const field = issue ? describeField(issue.path) : 'entries';
    if (field === 'version')
      return { ok: false, reason: 'This history export is from a newer Ownvoice. Update Ownvoice first.' };
    return {
      ok: false,
      reason: `This is not an Ownvoice history export: ${field ? `"${field}": ` : ''}${issue?.message ?? 'not a list'}.`,
    };
  }
  if (bounds && rawEntries.length > bounds.maxEntries)
    return { ok: false, reason: bounds.tooMany(rawEntries.length), overLimit: true };
  const entries: HistoryEntry[] = [];
  for (let index = 0; index < rawEntries.length; index++) {
    const raw = rawEntries[index];
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const id =
        raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
          ? ` (id "${(raw as { id: string }).id.slice(0, 80)}")`
          : '';
      const field = describeField(issue.path);
      return {
        ok: false,
        reason: `Entry ${index + 1}${id}${field ? `, field "${field}"` : ''}: ${issue.message}. Nothing was imported.`,
      };
    }
    entries.push(parsed.data as HistoryEntry);
    rawEntries[index] = undefined;
  }
  return { ok: true, entries };
}
