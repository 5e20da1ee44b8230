import { formatNumber, t } from '../i18n';
import { NETWORK_LABELS } from '../share/network-labels';
import { toCsv } from './csv';
import type { HistoryEntry } from './export-format';

export interface ReportPeriod {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, inclusive. */
  to: number;
}

export interface Report {
  period: ReportPeriod;
  total: number;
  /** Shares the employee marked as posted. */
  posted: number;
  networks: Array<{ name: string; count: number }>;
  tags: Array<{ name: string; count: number }>;
  links: Array<{ title: string; url: string; count: number }>;
}

function tally(names: string[]): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** What the employee may choose to tell their organizer: counts and links, never the texts. */
export function buildReport(entries: HistoryEntry[], period: ReportPeriod): Report {
  const inPeriod = entries.filter(
    (e) => e.createdAt >= period.from && e.createdAt <= period.to && e.status !== 'abandoned',
  );
  const links = new Map<string, { title: string; url: string; count: number }>();
  for (const e of inPeriod) {
    const url = e.itemUrl ?? '';
    const key = url || `${e.feedUrl}\n${e.itemId}`;
    const link = links.get(key) ?? { title: e.itemTitle ?? e.itemId, url, count: 0 };
    link.count++;
    links.set(key, link);
  }
  return {
    period,
    total: inPeriod.length,
    posted: inPeriod.filter((e) => e.status === 'posted').length,
    networks: tally(inPeriod.map((e) => NETWORK_LABELS[e.channel])),
    tags: tally(inPeriod.flatMap((e) => [...new Set(e.tags)])),
    links: [...links.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
  };
}

/** The report as plain text for an e-mail or a chat message, in the UI language. `formatDate` is the locale's. */
export function reportText(report: Report, formatDate: (ms: number) => string): string {
  const counted = (rows: Array<{ name: string; count: number }>) =>
    rows.map((r) => `${r.name} ${formatNumber(r.count)}`).join(', ');
  const total = formatNumber(report.total);
  const lines = [
    t('report.textTitle', { from: formatDate(report.period.from), to: formatDate(report.period.to) }),
    '',
    report.posted
      ? t('report.textSharesPosted', { total, posted: formatNumber(report.posted) })
      : t('report.textShares', { total }),
  ];
  if (report.networks.length) lines.push(t('report.textNetworks', { list: counted(report.networks) }));
  if (report.tags.length) lines.push(t('report.textTags', { list: counted(report.tags) }));
  if (report.links.length) {
    lines.push('', t('report.textLinks'));
    for (const l of report.links)
      lines.push(`- ${l.title}${l.url ? ` ${l.url}` : ''}${l.count > 1 ? ` (${l.count}×)` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** The report as CSV: one row per link shared, then totals per network and tag. */
export function reportCsv(report: Report): string {
  const rows: string[][] = [
    ['period', 'from', new Date(report.period.from).toISOString(), ''],
    ['period', 'to', new Date(report.period.to).toISOString(), ''],
    ['total', 'shares', String(report.total), ''],
    ['total', 'posted', String(report.posted), ''],
    ...report.networks.map((n) => ['network', n.name, String(n.count), '']),
    ...report.tags.map((t) => ['tag', t.name, String(t.count), '']),
    ...report.links.map((l) => ['link', l.title, String(l.count), l.url]),
  ];
  return toCsv(['kind', 'name', 'count', 'url'], rows);
}

/**
 * A `mailto:` the employee clicks themselves; mail programs cut long links, so the body is capped.
 * `to` is the organizer's address when their feed gives one (`_ownvoice.contact`), else empty.
 */
export function reportMailto(
  text: string,
  subject = t('report.mailSubject'),
  maxBody = 1800,
  to = '',
): string {
  const body = text.length > maxBody ? `${text.slice(0, maxBody)}\n${t('report.mailShortened')}` : text;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
