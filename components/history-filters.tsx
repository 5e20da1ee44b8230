import { useId } from 'react';
import { NETWORKS } from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { SHARE_STATUSES, type ShareChannel, type ShareStatus } from '@/shared/share/types';
import { FilterSelect } from './filter-select';
import { STATUS_LABELS } from './history-labels';
import { t } from '@/shared/i18n';

/** The history's filters as the page holds them; dates as `yyyy-mm-dd` from date inputs. */
export interface HistoryFilterValues {
  query: string;
  fromDay?: string;
  toDay?: string;
  channel?: ShareChannel;
  status?: ShareStatus;
  feedUrl?: string;
  tag?: string;
}

export interface HistoryFiltersProps {
  value: HistoryFilterValues;
  feeds: Array<{ url: string; title: string }>;
  tags: string[];
  onChange: (value: HistoryFilterValues) => void;
}

/** Search in texts and titles, a date range, and a select for network, feed, status and tag. */
export function HistoryFilters({ value, feeds, tags, onChange }: HistoryFiltersProps) {
  const ids = { search: useId(), from: useId(), to: useId() };
  const set = (next: Partial<HistoryFilterValues>) => onChange({ ...value, ...next });
  const active =
    value.query.trim() !== '' ||
    Object.entries(value).some(([key, v]) => key !== 'query' && v !== undefined && v !== '');
  return (
    <div className="filters history-filters" role="search">
      <div className="filter filter-search">
        <label htmlFor={ids.search}>{t('filters.search')}</label>
        <input
          id={ids.search}
          type="search"
          placeholder={t('historyFilters.searchPlaceholder')}
          value={value.query}
          onChange={(e) => set({ query: e.target.value })}
        />
      </div>
      <div className="filter">
        <label htmlFor={ids.from}>{t('common.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={value.fromDay ?? ''}
          onChange={(e) => set({ fromDay: e.target.value || undefined })}
        />
      </div>
      <div className="filter">
        <label htmlFor={ids.to}>{t('common.to')}</label>
        <input
          id={ids.to}
          type="date"
          value={value.toDay ?? ''}
          onChange={(e) => set({ toDay: e.target.value || undefined })}
        />
      </div>
      <FilterSelect
        label={t('historyFilters.network')}
        all={t('historyFilters.allNetworks')}
        value={value.channel}
        choices={[...NETWORKS, 'clipboard' as const].map((n) => ({ value: n, label: NETWORK_LABELS[n] }))}
        onChange={(v) => set({ channel: v as ShareChannel | undefined })}
      />
      <FilterSelect
        label={t('filters.feed')}
        all={t('filters.allFeeds')}
        value={value.feedUrl}
        choices={feeds.map((f) => ({ value: f.url, label: f.title }))}
        onChange={(feedUrl) => set({ feedUrl })}
      />
      <FilterSelect
        label={t('history.status')}
        all={t('historyFilters.anyStatus')}
        value={value.status}
        choices={SHARE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        onChange={(v) => set({ status: v as ShareStatus | undefined })}
      />
      <FilterSelect
        label={t('filters.tag')}
        all={t('filters.allTags')}
        value={value.tag}
        choices={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => set({ tag })}
      />
      {active && (
        <button type="button" className="link-button" onClick={() => onChange({ query: '' })}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
