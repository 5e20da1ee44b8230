import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/entrypoints/options/app';
import type { FeedActionDeps } from '@/shared/feed-actions';
import { getDb } from '@/storage/db';
import { languagesItem, policyItem, rolesItem } from '@/storage/settings';
import { feedRecord, itemRecord, meta, putItems } from '../fixtures/records';
import { problem } from '@/shared/feed/problems';

function fakeDeps() {
  return {
    send: vi.fn(() => Promise.resolve({ ok: true, data: null })),
    requestOrigin: vi.fn(() => Promise.resolve(true)),
  };
}

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
  await db.feeds.bulkPut([
    feedRecord('https://it.acme.example/feed.json', {
      source: 'managed',
      addedAt: 1,
      meta: meta('Acme IT news'),
      lastSuccessAt: Date.now(),
    }),
    feedRecord('https://blog.example/feed.json', {
      addedAt: 2,
      meta: meta('Team blog'),
      lastSuccessAt: Date.now(),
    }),
  ]);
  await putItems(db, [
    itemRecord('1', { feedUrl: 'https://blog.example/feed.json', language: 'pl' }),
    itemRecord('2', { feedUrl: 'https://blog.example/feed.json', language: 'en' }),
  ]);
});

describe('options App', () => {
  it('lists subscriptions; the managed one cannot be removed, the others ask first', async () => {
    const deps = fakeDeps();
    render(<App deps={deps as unknown as FeedActionDeps} />);
    const managed = (await screen.findByText('Acme IT news')).closest('li')!;
    expect(within(managed).getByRole('button', { name: 'Remove' })).toBeDisabled();

    const blog = screen.getByText('Team blog').closest('li')!;
    await userEvent.click(within(blog).getByRole('button', { name: 'Remove' }));
    await userEvent.click(within(blog).getByRole('button', { name: 'Yes, remove' }));
    expect(deps.send).toHaveBeenCalledWith({ type: 'feeds/remove', url: 'https://blog.example/feed.json' });
  });

  it('offers "Allow Ownvoice to read <host>" for a feed refused for want of permission, and asks for it', async () => {
    await getDb().feeds.put(
      feedRecord('https://news.acme.example/ownvoice.json', {
        source: 'managed',
        addedAt: 3,
        meta: null,
        error: problem('fetch.noAccess', { host: 'news.acme.example' }),
        needsAccess: true,
      }),
    );
    const deps = fakeDeps();
    deps.send.mockResolvedValue({ ok: true, data: [] } as never);
    render(<App deps={deps as unknown as FeedActionDeps} />);
    const row = (await screen.findByText('https://news.acme.example/ownvoice.json')).closest('li')!;
    expect(
      within(row).getByText(/Not loaded yet: Ownvoice may not read news\.acme\.example until you allow it/),
    ).toBeInTheDocument();
    await userEvent.click(
      within(row).getByRole('button', { name: 'Allow Ownvoice to read news.acme.example' }),
    );
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://news.acme.example/ownvoice.json');
    await waitFor(() =>
      expect(deps.send).toHaveBeenCalledWith({
        type: 'feeds/refresh',
        url: 'https://news.acme.example/ownvoice.json',
      }),
    );

    deps.requestOrigin.mockResolvedValue(false);
    await userEvent.click(
      within(row).getByRole('button', { name: 'Allow Ownvoice to read news.acme.example' }),
    );
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Ownvoice still may not read news.acme.example: the permission was not given.',
    );
  });

  it('saves roles and languages locally', async () => {
    render(<App deps={fakeDeps() as unknown as FeedActionDeps} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Expert/ }));
    await waitFor(async () => expect(await rolesItem.getValue()).toEqual(['expert']));

    await userEvent.click(screen.getByRole('checkbox', { name: /\(pl\)$/ }));
    await waitFor(async () => expect(await languagesItem.getValue()).toEqual(['pl']));

    await userEvent.type(screen.getByLabelText('Add a language code'), 'not a code{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Use a language code');
    await userEvent.clear(screen.getByLabelText('Add a language code'));
    await userEvent.type(screen.getByLabelText('Add a language code'), 'de{Enter}');
    await waitFor(async () => expect(await languagesItem.getValue()).toEqual(['pl', 'de']));
    expect(await screen.findByRole('checkbox', { name: /\(de\)$/ })).toBeChecked();
  });

  it('names a malformed IT policy value and keeps "Add feed" off (issue 23)', async () => {
    await policyItem.setValue({
      allowUserFeeds: false,
      appliedDefaultRoles: [],
      appliedDefaultLanguages: [],
      malformed: [
        { setting: 'allowUserFeeds', value: '"false"' },
        { setting: 'defaultRoles[1]', value: '"ceo"' },
      ],
    });
    render(<App deps={fakeDeps() as unknown as FeedActionDeps} />);
    const notice = await screen.findByText(/IT policy has values Ownvoice cannot read/);
    const box = notice.closest('[role="status"]') as HTMLElement;
    expect(within(box).getByText(/allowUserFeeds is "false", not true or false/)).toBeInTheDocument();
    expect(within(box).getByText(/defaultRoles\[1\] is "ceo"/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Add a feed URL')).toBeNull();
  });

  it('says what stays local', async () => {
    render(<App deps={fakeDeps() as unknown as FeedActionDeps} />);
    expect(await screen.findByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
    expect(screen.getByText(/sends\s+nothing about you/)).toBeInTheDocument();
  });
});
