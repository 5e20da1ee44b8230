import { useId } from 'react';
import type { Role } from '@/shared/feed/types';
import { ROLE_LABELS, languageLabel } from './feed-view';

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

interface Choice {
  value: string;
  label: string;
}

function FilterSelect(props: {
  label: string;
  all: string;
  value: string | undefined;
  choices: Choice[];
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  // A menu with one choice narrows nothing; keep it out of the way, unless it is the active filter.
  if (props.choices.length < 2 && props.value === undefined) return null;
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{props.all}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search box plus a select for each facet that has at least two values. */
export function FiltersBar({ query, filters, options, onQueryChange, onFiltersChange }: FiltersBarProps) {
  const searchId = useId();
  return (
    <div className="filters" role="search">
      <div className="filter filter-search">
        <label htmlFor={searchId} className="visually-hidden">
          Search items
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
        />
      </div>
      <FilterSelect
        label="Feed"
        all="All feeds"
        value={filters.feedUrl}
        choices={options.feeds.map((f) => ({ value: f.url, label: f.title }))}
        onChange={(feedUrl) => onFiltersChange({ ...filters, feedUrl })}
      />
      <FilterSelect
        label="Tag"
        all="All tags"
        value={filters.tag}
        choices={options.tags.map((t) => ({ value: t, label: t }))}
        onChange={(tag) => onFiltersChange({ ...filters, tag })}
      />
      <FilterSelect
        label="Role"
        all="All roles"
        value={filters.role}
        choices={options.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        onChange={(role) => onFiltersChange({ ...filters, role: role as Role | undefined })}
      />
      <FilterSelect
        label="Language"
        all="All languages"
        value={filters.language}
        choices={options.languages.map((l) => ({ value: l, label: languageLabel(l) }))}
        onChange={(language) => onFiltersChange({ ...filters, language })}
      />
    </div>
  );
}
