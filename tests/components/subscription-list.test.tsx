import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SubscriptionList } from '@/components/subscription-list';
import { DAY, feedRecord, meta, NOW } from '../fixtures/records';
import { problem } from '@/shared/feed/problems';

const managed = feedRecord('https://it.acme.example/feed.json', {
  source: 'managed',
  meta: meta('Acme IT'),
  lastSuccessAt: NOW - 5 * 60_000,
});
const mine = feedRecord('https://blog.example/feed.json', {
  meta: meta('Team blog'),
  lastSuccessAt: NOW - 2 * DAY,
  error: problem('fetch.http', { status: 404, phrase: '' }),
  itemCount: 3,
  warnings: [
    {
      path: 'items[2].url',
      index: 2,
      itemId: 'x',
      ...problem('field.dropped', {
        path: 'items[2].url',
        value: problem('value.literal', { text: '"ftp://x"' }),
        rule: problem('rule.httpLink'),
      }),
    },
  ],
});

function setup() {
  const onRemove = vi.fn(() => Promise.resolve(null));
  const onRefresh = vi.fn(() => Promise.resolve(null));
  render(<SubscriptionList feeds={[managed, mine]} now={NOW} onRefresh={onRefresh} onRemove={onRemove} />);
  const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('subscription'));
  return { onRemove, onRefresh, managedRow: rows[0]!, mineRow: rows[1]! };
}

describe('SubscriptionList', () => {
  it('a managed feed cannot be removed, and says why', async () => {
    const { managedRow, onRemove } = setup();
    const remove = within(managedRow).getByRole('button', { name: 'Remove' });
    expect(remove).toBeDisabled();
    expect(within(managedRow).getAllByText(/Set by your organization/).length).toBeGreaterThan(0);
    expect(within(managedRow).getByText(/only your IT team can remove it/)).toBeInTheDocument();
    await userEvent.click(remove);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('asks before removing a feed', async () => {
    const { mineRow, onRemove } = setup();
    await userEvent.click(within(mineRow).getByRole('button', { name: 'Remove' }));
    expect(onRemove).not.toHaveBeenCalled();
    await userEvent.click(within(mineRow).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(mineRow).getByRole('button', { name: 'Remove' }));
    await userEvent.click(within(mineRow).getByRole('button', { name: 'Yes, remove' }));
    expect(onRemove).toHaveBeenCalledWith('https://blog.example/feed.json');
  });

  it('shows status, warnings and refreshes one feed', async () => {
    const { mineRow, onRefresh } = setup();
    expect(
      within(mineRow).getByText(
        'Showing the copy from 2 days ago: the last refresh failed. There is no feed at this address. Check the address with whoever gave it to you.',
      ),
    ).toBeInTheDocument();
    expect(within(mineRow).getByText('https://blog.example/feed.json')).toBeInTheDocument();
    expect(within(mineRow).getByText(/1 warning/)).toBeInTheDocument();
    expect(within(mineRow).getByText('items[2].url')).toBeInTheDocument();
    await userEvent.click(within(mineRow).getByRole('button', { name: 'Refresh now' }));
    expect(onRefresh).toHaveBeenCalledWith('https://blog.example/feed.json');
  });

  it('shows the reason when an action fails', async () => {
    const onRefresh = vi.fn(() => Promise.resolve({ text: "Couldn't reach blog.example" }));
    render(
      <SubscriptionList
        feeds={[mine]}
        now={NOW}
        onRefresh={onRefresh}
        onRemove={() => Promise.resolve(null)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't reach blog.example");
  });
});
