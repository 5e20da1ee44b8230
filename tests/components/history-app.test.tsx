import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type PageEffects } from '@/entrypoints/history/app';
import { HistoryTab } from '@/entrypoints/history/history-tab';
import { createHistoryStore } from '@/entrypoints/history/store';
import type { HistoryRepository } from '@/storage/history-repository';
import { serializeHistory } from '@/shared/history/export-format';
import { OwnvoiceDB } from '@/storage/db';
import { createHistoryRepository } from '@/storage/history-repository';
import { historyEntry } from '../unit/history/history-fixtures';
import { feedRecord, meta } from '../fixtures/records';

const WEEKS = { weekStartsOn: 1 as const, timeZone: 'UTC' };
let db: OwnvoiceDB;
let n = 0;

function fakeEffects(): PageEffects & { saved: Array<[string, string, string]> } {
  const saved: Array<[string, string, string]> = [];
  return {
    saved,
    saveFile: (name, content, type) => void saved.push([name, content, type]),
    copy: vi.fn(() => Promise.resolve()),
    now: Date.now,
  };
}

beforeEach(async () => {
  // Only Date is faked: IndexedDB and React keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-25T13:00:00Z') });
  // happy-dom lays nothing out: the list's scroll box is 900 px high and each row 150 px, so only
  // the first rows are virtualized into the page.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('history-scroll') ? 900 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  // happy-dom's ResizeObserver reports every box as 0 × 0; without it rows are measured once, as above.
  vi.stubGlobal('ResizeObserver', undefined);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('history-slot') ? 150 : 0;
  });
  db = new OwnvoiceDB(`history-app-${++n}`);
  await db.open();
  await createHistoryRepository(db).importEntries(Array.from({ length: 40 }, (_, i) => historyEntry(i + 1)));
});

afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

describe('history page', () => {
  it("shows a search's matches from the records the search read, before the total is counted", async () => {
    const found = [historyEntry(3), historyEntry(9)].map((e) => ({ ...e, words: [] }));
    const never = new Promise<never>(() => undefined);
    const repo = {
      newest: () => Promise.resolve([]),
      matching: () => Promise.resolve({ ids: found.map((e) => e.id), records: found }),
      get: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : never),
      facets: () => never,
    } as unknown as HistoryRepository;
    const store = createHistoryStore({ today: '2026-11-25', monthAgo: '2026-10-25' });
    store.getState().setFilters({ query: 'café' });
    render(<HistoryTab repo={repo} store={store} weeks={WEEKS} total={undefined} />);
    expect(await screen.findByText(/^2 shares match$/)).toHaveAttribute('role', 'status');
    const feed = screen.getByRole('feed', { name: 'Your shares' });
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(2));
    expect(within(within(feed).getAllByRole('article')[1]!).getByText(/^Post 9:/)).toBeInTheDocument();
  });

  it('shows the newest entries while the long reads (every id, the rows on screen) are still queued', async () => {
    const newest = Array.from({ length: 5 }, (_, i) => ({ ...historyEntry(i + 1), words: [] }));
    const never = new Promise<never>(() => undefined);
    const repo = {
      newest: () => Promise.resolve(newest),
      matching: () => never,
      // An empty read answers at once; a real one waits behind the long read of every id.
      get: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : never),
      facets: () => never,
    } as unknown as HistoryRepository;
    const store = createHistoryStore({ today: '2026-11-25', monthAgo: '2026-10-25' });
    render(<HistoryTab repo={repo} store={store} weeks={WEEKS} total={undefined} />);
    const feed = await screen.findByRole('feed', { name: 'Your shares' });
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBe(5));
    expect(within(within(feed).getAllByRole('article')[0]!).getByText(/^Post 1:/)).toBeInTheDocument();
  });

  it('shows the newest shares first, under a heading for their week, with network, status and own words', async () => {
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    const feed = await screen.findByRole('feed', { name: 'Your shares' });
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBeGreaterThan(0));
    const rows = within(feed).getAllByRole('article');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    expect(within(rows[0]!).getByText(/^Post 1:/)).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('heading', { name: /^Week of/ })).toBeInTheDocument();
    expect(within(rows[0]!).getByText('X')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('1% own words')).toBeInTheDocument();
    expect(within(rows[1]!).queryByRole('heading')).toBeNull();
    expect(await screen.findByText('40 shares')).toBeInTheDocument();
  });

  it('filters by search text and by network', async () => {
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    await screen.findByRole('feed');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'post 17');
    await waitFor(() => expect(screen.getByText('1 of 40 shares match')).toBeInTheDocument());
    expect(screen.getByText(/^Post 17:/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Network' }), 'Bluesky');
    await waitFor(() => expect(screen.getByText(/of 40 shares match/)).toBeInTheDocument());
    const rows = await within(screen.getByRole('feed')).findAllByRole('article');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => within(row).queryByText('Bluesky') !== null)).toBe(true);
  });

  it('changes a status and deletes one entry after asking', async () => {
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    const first = (await within(await screen.findByRole('feed')).findAllByRole('article'))[0]!;
    await userEvent.selectOptions(within(first).getByRole('combobox', { name: 'Status' }), 'Posted');
    await waitFor(async () => expect((await db.shares.get('e1'))?.status).toBe('posted'));
    await userEvent.click(within(first).getByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(first).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.shares.get('e1')).toBeUndefined());
  });
});

describe('insights', () => {
  it('shows shares per week, average own words, top tags and feeds, and a goal only when set', async () => {
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Insights' }));
    expect(await screen.findByText(/40 shares in the last 12 weeks/)).toBeInTheDocument();
    expect(screen.getByText('No goal set.', { exact: false })).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: 'Most-shared tags' });
    expect(within(tags).getAllByRole('listitem')[0]).toHaveTextContent('launch (20)');
    expect(screen.getByRole('table', { hidden: true })).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Weekly goal' }),
      '2 a week (suggested)',
    );
    expect(await screen.findByText(/weeks? in a row with your goal met|No streak yet/)).toBeInTheDocument();
    expect(screen.getByText(/Goal met this week/)).toBeInTheDocument();
  });
});

describe('report and data', () => {
  it('builds a report without the texts and saves it when asked', async () => {
    const effects = fakeEffects();
    render(<App db={db} effects={effects} weekOptions={WEEKS} />);
    await userEvent.click(screen.getByRole('tab', { name: 'My report' }));
    const preview = await screen.findByRole('textbox', { name: 'Your report' });
    await waitFor(() =>
      expect((preview as HTMLTextAreaElement).value).toContain('Shares: 30 (10 marked as posted)'),
    );
    expect((preview as HTMLTextAreaElement).value).not.toContain('proud of the team');
    await userEvent.click(screen.getByRole('button', { name: 'Save as file' }));
    expect(effects.saved[0]![0]).toMatch(/^ownvoice-report-.*\.txt$/);
    expect(screen.getByRole('link', { name: /Email it to your organizer/ }).getAttribute('href')).toMatch(
      /^mailto:\?/,
    );
  });

  // Issue 21, item 9: the organizer's address comes from their feed (`_ownvoice.contact`).
  it('writes "Email it to your organizer" to the address the feed gives', async () => {
    await db.feeds.put(
      feedRecord('https://feeds.acme.example/feed.json', {
        meta: meta('Acme news', { contact: 'news@acme.example' }),
      }),
    );
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    await userEvent.click(screen.getByRole('tab', { name: 'My report' }));
    const link = await screen.findByRole('link', { name: /Email it to your organizer/ });
    await waitFor(() =>
      expect(link.getAttribute('href')).toMatch(/^mailto:news@acme\.example\?subject=My%20shares&body=/),
    );
  });

  it('refuses an import over 64 MB before reading it, saying the limits and why (issue 23)', async () => {
    render(<App db={db} effects={fakeEffects()} weekOptions={WEEKS} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Export and erase' }));
    const file = new File([serializeHistory([historyEntry(100)], 0)], 'big.json', {
      type: 'application/json',
    });
    // Its size as the browser would report a 64 MiB + 1 byte file; the page must not read it.
    Object.defineProperty(file, 'size', { value: 64 * 1024 * 1024 + 1 });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(await screen.findByLabelText('Import a JSON export'), { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /This file is 64 MB\. Ownvoice imports a history file of at most 64 MB with at most 100,000 entries, because/,
    );
    expect(read).not.toHaveBeenCalled();
    expect(await db.shares.count()).toBe(40);
  });

  it('exports JSON, refuses a malformed import naming entry and field, and erases after confirming', async () => {
    const effects = fakeEffects();
    render(<App db={db} effects={effects} weekOptions={WEEKS} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Export and erase' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(effects.saved).toHaveLength(1));
    expect(JSON.parse(effects.saved[0]![1]).entries).toHaveLength(40);

    const bad = JSON.parse(serializeHistory([historyEntry(100), historyEntry(101)], 0)) as {
      entries: object[];
    };
    bad.entries[1] = { ...bad.entries[1], createdAt: 'yesterday' };
    const file = new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Entry 2 (id "e101"), field "createdAt"');
    expect(await db.shares.count()).toBe(40);

    await userEvent.click(screen.getByRole('button', { name: 'Erase my history…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Erase all 40 entries');
    await userEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    await waitFor(async () => expect(await db.shares.count()).toBe(0));
  });
});
