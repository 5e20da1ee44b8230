import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/entrypoints/popup/app';
import { readFirstPaint, writeFirstPaint } from '@/entrypoints/popup/first-paint';
import type { FeedActionDeps } from '@/shared/feed-actions';
import { getDb, type FeedRecord, type ItemRecord } from '@/storage/db';
import { languagesItem, policyItem } from '@/storage/settings';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { DAY, feedRecord, HOUR, itemRecord, meta, putItems } from '../fixtures/records';
import { problem } from '@/shared/feed/problems';

const ACME = 'https://feeds.acme.example/feed.json';
const BLOG = 'https://blog.example/feed.json';

function fakeDeps(): FeedActionDeps & {
  send: ReturnType<typeof vi.fn>;
  requestOrigin: ReturnType<typeof vi.fn>;
} {
  return {
    send: vi.fn(() => Promise.resolve({ ok: true, data: [] })),
    requestOrigin: vi.fn(() => Promise.resolve(true)),
  } as never;
}

async function seed(feeds: FeedRecord[], items: ItemRecord[]) {
  const db = getDb();
  await db.feeds.bulkPut(feeds);
  await putItems(db, items);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-11-25T12:00:00Z'));
  const db = getDb();
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('popup App', () => {
  it('shows a skeleton while the first local read is pending, then onboarding', async () => {
    render(<App deps={fakeDeps()} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText("Add your organization's feed URL")).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('paints the list it showed last time at once, then the fresh copy from IndexedDB', async () => {
    const db = getDb();
    await db.feeds.put(feedRecord(ACME, { meta: meta('Acme news', { organization: 'Acme' }), itemCount: 1 }));
    await putItems(db, [itemRecord('fresh', { feedUrl: ACME, title: 'Fresh from the cache' })]);
    writeFirstPaint([itemRecord('old', { feedUrl: ACME, title: 'Shown last time' })], () => 'Acme');
    render(<App deps={fakeDeps()} />);
    // Synchronously, before any IndexedDB answer: no skeleton, the remembered card.
    expect(screen.getByRole('button', { name: /Shown last time/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(await screen.findByRole('button', { name: /Fresh from the cache/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Shown last time/ })).toBeNull();
    // And the fresh list is what the next opening paints first. It is written by an effect,
    // which React may run a task after the commit that showed the card: wait for it.
    await waitFor(() =>
      expect(readFirstPaint()?.items.map((i) => i.title)).toEqual(['Fresh from the cache']),
    );
  });

  it('offers no "Add feed" when IT policy sets the feeds', async () => {
    await policyItem.setValue({
      allowUserFeeds: false,
      appliedDefaultRoles: [],
      appliedDefaultLanguages: [],
    });
    render(<App deps={fakeDeps()} />);
    expect(await screen.findByText(/Your organization sets the feeds Ownvoice shows/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Add your organization's feed URL")).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try the demo feed' })).toBeNull();
  });

  it('a policy feed the browser refused says so and asks for its host with one click', async () => {
    await seed(
      [
        feedRecord(ACME, {
          source: 'managed',
          meta: null,
          error: problem('fetch.noAccess', { host: 'feeds.acme.example' }),
          needsAccess: true,
        }),
      ],
      [],
    );
    const deps = fakeDeps();
    render(<App deps={deps} />);
    expect(
      await screen.findByText(
        /Not loaded yet: Ownvoice may not read feeds\.acme\.example until you allow it/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Couldn't reach/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Allow Ownvoice to read feeds.acme.example' }));
    expect(deps.requestOrigin).toHaveBeenCalledWith(ACME);
    await waitFor(() => expect(deps.send).toHaveBeenCalledWith({ type: 'feeds/refresh', url: ACME }));
  });

  it.each([
    ['ftp://feeds.acme.example/feed.json', /must start with https:\/\//],
    ['http://feeds.acme.example/feed.json', /must start with https:\/\//],
    ['not a url', /is not a web address/],
  ])('onboarding rejects %s inline without asking anything', async (url, message) => {
    const deps = fakeDeps();
    render(<App deps={deps} />);
    await userEvent.type(await screen.findByLabelText("Add your organization's feed URL"), url);
    await userEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(deps.requestOrigin).not.toHaveBeenCalled();
    expect(deps.send).not.toHaveBeenCalled();
  });

  it('adding a feed asks for the origin first, then the background; shows its reason on failure', async () => {
    const deps = fakeDeps();
    deps.send.mockResolvedValue({
      ok: false,
      reason: "Couldn't add this feed: Couldn't reach feeds.acme.example",
    });
    render(<App deps={deps} />);
    await userEvent.type(await screen.findByLabelText("Add your organization's feed URL"), ACME);
    await userEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't reach feeds.acme.example");
    expect(deps.requestOrigin).toHaveBeenCalledWith(ACME);
    expect(deps.send).toHaveBeenCalledWith({ type: 'feeds/add', url: ACME });
  });

  it('does not call the background when the permission is refused', async () => {
    const deps = fakeDeps();
    deps.requestOrigin.mockResolvedValue(false);
    render(<App deps={deps} />);
    await userEvent.type(await screen.findByLabelText("Add your organization's feed URL"), ACME);
    await userEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /needs your permission to read feeds.acme.example/,
    );
    expect(deps.send).not.toHaveBeenCalled();
  });

  it('"Try the demo feed" subscribes to the bundled feed', async () => {
    const deps = fakeDeps();
    render(<App deps={deps} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Try the demo feed' }));
    expect(deps.send).toHaveBeenCalledWith({ type: 'feeds/add', url: DEMO_FEED_URL });
  });

  it('lists items with status lines; a failed refresh keeps the old items and says why', async () => {
    const now = Date.now();
    await seed(
      [
        feedRecord(ACME, {
          addedAt: 1,
          meta: meta('Acme news', { organization: 'Acme' }),
          lastSuccessAt: now - 5 * 60_000,
        }),
        feedRecord(BLOG, {
          addedAt: 2,
          meta: meta('Team blog'),
          lastSuccessAt: now - 2 * DAY,
          error: problem('fetch.http', { status: 404, phrase: '' }),
        }),
      ],
      [
        itemRecord('a1', {
          feedUrl: ACME,
          title: 'Offline mode shipped',
          datePublished: now - 3 * HOUR,
          tags: ['product'],
        }),
        itemRecord('b1', { feedUrl: BLOG, title: 'Old blog post', datePublished: now - 3 * DAY }),
        itemRecord('pin', { feedUrl: BLOG, title: 'Read this first', pinned: true }),
      ],
    );
    render(<App deps={fakeDeps()} />);
    const list = await screen.findByRole('list', { name: 'Items' });
    const titles = within(list)
      .getAllByRole('button')
      .map((b) => b.querySelector('.card-title')?.textContent);
    expect(titles).toEqual(['Read this first', 'Offline mode shipped', 'Old blog post']);
    expect(screen.getByText(/Updated 5 minutes ago/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /Showing the copy from 2 days ago: the last refresh failed\. There is no feed at this address/,
      ),
    ).toBeInTheDocument();
    expect(within(list).getByText('3 hours ago')).toBeInTheDocument();
    expect(within(list).getAllByText('Acme')).toHaveLength(1);
  });

  it('filters narrow the list; an empty result offers to clear them', async () => {
    await seed(
      [feedRecord(ACME)],
      [
        itemRecord('1', { title: 'Nowe biuro w Łodzi', tags: ['office'], language: 'pl' }),
        itemRecord('2', { title: 'Offline mode', tags: ['product'], language: 'en' }),
        itemRecord('3', { title: 'Hiring engineers', tags: ['hiring'], language: 'en' }),
      ],
    );
    render(<App deps={fakeDeps()} />);
    const list = await screen.findByRole('list', { name: 'Items' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);

    await userEvent.selectOptions(screen.getByLabelText('Language'), 'en');
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByLabelText('Tag'), 'product');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Offline mode')]);
    // One feed only: no feed menu.
    expect(screen.queryByLabelText('Feed')).toBeNull();

    await userEvent.type(screen.getByLabelText('Search items'), 'lodz');
    expect(screen.getByText('No items match.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(within(await screen.findByRole('list', { name: 'Items' })).getAllByRole('button')).toHaveLength(3);
  });

  it("the employee's languages restrict the list", async () => {
    await languagesItem.setValue(['pl']);
    await seed(
      [feedRecord(ACME)],
      [
        itemRecord('1', { title: 'Po polsku', language: 'pl' }),
        itemRecord('2', { title: 'In English', language: 'en' }),
      ],
    );
    render(<App deps={fakeDeps()} />);
    const list = await screen.findByRole('list', { name: 'Items' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.querySelector('.card-title')?.textContent),
    ).toEqual(['Po polsku']);
  });

  it('opens an item as text and returns with Esc, keeping the filters', async () => {
    const evil = 'Launch <img src=x onerror=alert(1)>';
    await seed(
      [feedRecord(ACME)],
      [
        itemRecord('1', { title: evil, contentText: 'Line one\nLine two' }),
        itemRecord('2', { title: 'Other' }),
      ],
    );
    const { container } = render(<App deps={fakeDeps()} />);
    await screen.findByRole('list', { name: 'Items' });
    await userEvent.type(screen.getByLabelText('Search items'), 'launch');
    await userEvent.click(screen.getByRole('button', { name: /Launch/ }));

    expect(await screen.findByRole('heading', { name: evil })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: evil })).toBeNull();
    expect(screen.getByLabelText('Search items')).toHaveValue('launch');
    expect(within(screen.getByRole('list', { name: 'Items' })).getAllByRole('button')).toHaveLength(1);
  });

  it('refresh all shows the error the background gives', async () => {
    await seed([feedRecord(ACME, { lastSuccessAt: Date.now() })], [itemRecord('1')]);
    const deps = fakeDeps();
    let answer!: (value: unknown) => void;
    deps.send.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(<App deps={deps} />);
    const button = await screen.findByRole('button', { name: 'Refresh all feeds' });
    await userEvent.click(button);
    expect(deps.send).toHaveBeenCalledWith({ type: 'feeds/refresh' });
    expect(button).toBeDisabled();
    expect(screen.getByText('Refreshing…')).toBeInTheDocument();
    answer({ ok: false, reason: 'Ownvoice did not answer. Reload the extension and try again.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Ownvoice did not answer');
    expect(button).toBeEnabled();
  });
});
