import { useId } from 'react';
import type { Role } from '@/shared/feed/types';
import { FilterSelect } from './filter-select';
import { roleLabel, languageLabel } from './feed-view';
import { t } from '@/shared/i18n';

export interface FilterValues {
  feedUrl?: string;
  tag?: string;
  role?: Role;
  language?: string;
}

export interface FilterOptions {
  feeds: { url: string; title: string }[];
  tags: string[];
  roles: Role[];
  languages: string[];
}

export interface FiltersBarProps {
  query: string;
  filters: FilterValues;
  options: FilterOptions;
  onQueryChange: (query: string) => void;
  onFiltersChange: (filters: FilterValues) => void;
}

/** Search box plus a select for each facet that has at least two values. */
export function FiltersBar({ query, filters, options, onQueryChange, onFiltersChange }: FiltersBarProps) {
  const searchId = useId();
  return (
    <div className="filters" role="search">
      <div className="filter filter-search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('filters.searchLabel')}
        </label>
        <input
          id={searchId}
          type="search"
          placeholder={t('filters.search')}
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
        />
      </div>
      <FilterSelect
        hideWhenSingle
        label={t('filters.feed')}
        all={t('filters.allFeeds')}
        value={filters.feedUrl}
        choices={options.feeds.map((f) => ({ value: f.url, label: f.title }))}
        onChange={(feedUrl) => onFiltersChange({ ...filters, feedUrl })}
      />
      <FilterSelect
        hideWhenSingle
        label={t('filters.tag')}
        all={t('filters.allTags')}
        value={filters.tag}
        choices={options.tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => onFiltersChange({ ...filters, tag })}
      />
      <FilterSelect
        hideWhenSingle
        label={t('filters.role')}
        all={t('filters.allRoles')}
        value={filters.role}
        choices={options.roles.map((r) => ({ value: r, label: roleLabel(r) }))}
        onChange={(role) => onFiltersChange({ ...filters, role: role as Role | undefined })}
      />
      <FilterSelect
        hideWhenSingle
        label={t('filters.language')}
        all={t('filters.allLanguages')}
        value={filters.language}
        choices={options.languages.map((l) => ({ value: l, label: languageLabel(l) }))}
        onChange={(language) => onFiltersChange({ ...filters, language })}
      />
    </div>
  );
}
