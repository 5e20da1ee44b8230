import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeedItemList } from '@/components/feed-item-list';
import { FiltersBar } from '@/components/filters-bar';
import { itemRecord, NOW } from '../fixtures/records';

describe('FeedItemList', () => {
  it('renders a page of cards and more on demand', async () => {
    const items = Array.from({ length: 7 }, (_, i) =>
      itemRecord(String(i), { pinned: i === 0, tags: ['x'] }),
    );
    const onSelect = vi.fn();
    render(
      <FeedItemList
        items={items}
        sourceNameOf={() => 'Acme'}
        now={NOW}
        filtered={false}
        onSelect={onSelect}
        onClearFilters={() => {}}
        pageSize={5}
      />,
    );
    const list = screen.getByRole('list', { name: 'Items' });
    expect(within(list).getAllByRole('button')).toHaveLength(5);
    expect(within(list).getByText('Pinned')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more (2 left)' }));
    expect(within(list).getAllByRole('button')).toHaveLength(7);
    await userEvent.click(within(list).getByRole('button', { name: /Item 3/ }));
    expect(onSelect).toHaveBeenCalledWith(items[3]);
  });

  it.each([
    [true, 'No items match.'],
    [false, /No items yet/],
  ])('empty state (filtered: %s)', async (filtered, text) => {
    const onClear = vi.fn();
    render(
      <FeedItemList
        items={[]}
        sourceNameOf={() => ''}
        now={NOW}
        filtered={filtered}
        onSelect={() => {}}
        onClearFilters={onClear}
      />,
    );
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' }) !== null).toBe(filtered);
  });
});

describe('FiltersBar', () => {
  it('shows a select only when it has two or more options', () => {
    render(
      <FiltersBar
        query=""
        filters={{}}
        options={{
          feeds: [{ url: 'a', title: 'A' }],
          tags: ['one', 'two'],
          roles: ['expert'],
          languages: [],
        }}
        onQueryChange={() => {}}
        onFiltersChange={() => {}}
      />,
    );
    expect(screen.getByLabelText('Search items')).toBeInTheDocument();
    expect(screen.getByLabelText('Tag')).toBeInTheDocument();
    expect(screen.queryByLabelText('Feed')).toBeNull();
    expect(screen.queryByLabelText('Role')).toBeNull();
    expect(screen.queryByLabelText('Language')).toBeNull();
  });
});
