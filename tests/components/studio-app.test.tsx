import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type StudioDeps } from '@/entrypoints/studio/app';
import { parseFeedText } from '@/shared/feed/parse';
import { loadStudioDraft, saveStudioDraft } from '@/storage/studio-draft';

const demoText = readFileSync(path.resolve(__dirname, '../../assets/demo-feed.json'), 'utf8');

function fakeDeps() {
  return {
    load: loadStudioDraft,
    save: saveStudioDraft,
    demoText,
    download: vi.fn<StudioDeps['download']>(),
    copy: vi.fn<StudioDeps['copy']>(() => Promise.resolve(true)),
    requestOrigin: vi.fn<StudioDeps['requestOrigin']>(() => Promise.resolve(true)),
    fetchText: vi.fn<StudioDeps['fetchText']>(() => Promise.resolve({ ok: true as const, text: demoText })),
  };
}

async function openStudio(deps = fakeDeps()) {
  render(<App deps={deps} />);
  await screen.findByRole('heading', { name: 'Organizer studio' });
  return deps;
}

// Each test types whole feeds into happy-dom; on a busy two-core machine the first one alone passed
// Vitest's 5 s default (measured before the preview followed the form, too).
describe('studio App', { timeout: 20_000 }, () => {
  it('builds a feed from nothing, refusing export until the extension would read it', async () => {
    const user = userEvent.setup();
    const deps = await openStudio();
    // Nothing typed yet: no field says it is wrong (issue 21, item 7).
    expect(screen.getByRole('textbox', { name: 'Feed title' })).not.toHaveAccessibleDescription(/empty/);
    expect(screen.queryByRole('list', { name: 'Problems to fix' })).toBeNull();
    expect(screen.queryByText(/^Ready/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download feed.json' }));
    expect(deps.download).not.toHaveBeenCalled();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Not exported');
    expect(screen.getByRole('list', { name: 'Problems to fix' })).toHaveTextContent('Feed title is empty');
    expect(screen.getByRole('textbox', { name: 'Feed title' })).toHaveAccessibleDescription(
      'Feed title is empty',
    );

    await user.type(screen.getByRole('textbox', { name: 'Feed title' }), 'Acme news');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'We shipped offline mode');
    await user.type(screen.getByRole('textbox', { name: 'Link' }), 'javascript:alert(1)');
    const link = screen.getByRole('textbox', { name: 'Link' });
    expect(link).toHaveAccessibleDescription(expect.stringContaining('Link is "javascript:alert(1)"'));
    await user.clear(link);
    await user.type(link, 'https://acme.example/offline');
    expect(screen.getByText('Ready: the extension reads this feed as it is.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download feed.json' }));
    expect(deps.download).toHaveBeenCalledOnce();
    const [name, json] = deps.download.mock.calls[0]!;
    expect(name).toBe('feed.json');
    const read = parseFeedText(json);
    expect(read.ok && read.feed.items.map((i) => i.title)).toEqual(['We shipped offline mode']);
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(deps.copy).toHaveBeenCalledWith(json);
    expect(await screen.findByText("The feed's JSON is on the clipboard.")).toBeInTheDocument();
  });

  it('keeps the work: a new page opens where the last one stopped', async () => {
    const user = userEvent.setup();
    await openStudio();
    await user.type(screen.getByRole('textbox', { name: 'Feed title' }), 'Kept');
    await waitFor(async () => expect((await loadStudioDraft())?.feed.title).toBe('Kept'));
    render(<App deps={fakeDeps()} />);
    await waitFor(() =>
      expect(screen.getAllByRole('textbox', { name: 'Feed title' })[1]).toHaveValue('Kept'),
    );
  });

  it('starts from the demo feed, and checks suggestions as they are typed', async () => {
    const user = userEvent.setup();
    await openStudio();
    await user.click(screen.getByRole('button', { name: 'Start from the demo feed' }));
    expect(screen.getByRole('textbox', { name: 'Feed title' })).toHaveValue('Northwind Labs: news to share');
    const items = within(screen.getByRole('list', { name: 'Items in this feed' })).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    await user.click(screen.getByRole('button', { name: 'Add a suggested post' }));
    const group = screen.getAllByRole('group', { name: /^Suggested post \d+$/ }).at(-1)!;
    await user.type(
      within(group).getByRole('textbox', { name: /^Text of suggested post/ }),
      'Our confidential plans',
    );
    expect(within(group).getByRole('list', { name: 'Problems with this suggestion' })).toHaveTextContent(
      'confidential',
    );
  });

  it('deletes an item with undo, and duplicates, reorders and pins', async () => {
    const user = userEvent.setup();
    await openStudio();
    await user.type(screen.getByRole('textbox', { name: 'Feed title' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'First');
    await user.click(screen.getByRole('button', { name: 'Duplicate First' }));
    const list = () => within(screen.getByRole('list', { name: 'Items in this feed' }));
    expect(
      list()
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.studio-item-name')?.textContent),
    ).toEqual(['First', 'First']);
    await user.click(screen.getAllByRole('button', { name: 'Delete First' })[0]!);
    expect(list().getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(list().getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Pinned First' })[1]!);
    await user.click(screen.getAllByRole('button', { name: 'Move “First” up' })[1]!);
    const pins = list().getAllByRole('button', { name: 'Pinned First' });
    expect(pins.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
  });

  it('previews the feed as employees see it, in the popup’s order, with the item’s composer', async () => {
    const user = userEvent.setup();
    await openStudio();
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    expect(within(preview).getByRole('status')).toHaveTextContent('once the extension can read the feed');
    await user.type(screen.getByRole('textbox', { name: 'Feed title' }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: 'Organization' }), 'Acme Inc');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'First');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Second');
    await user.type(screen.getByRole('textbox', { name: /^Questions that help/ }), 'What did you build?');
    await user.click(screen.getByRole('button', { name: 'Pinned Second' }));
    // The organizer just worked on Second: the preview shows it opened; Back shows the list.
    expect(within(preview).getByRole('heading', { name: 'Second' })).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: /Back/ }));
    const cards = within(preview).getAllByRole('button');
    expect(cards.map((card) => card.querySelector('.card-title')?.textContent)).toEqual(['Second', 'First']);
    expect(cards[0]).toHaveTextContent('Acme Inc');
    await user.click(cards[0]!);
    expect(within(preview).getByRole('heading', { name: 'Second' })).toBeInTheDocument();
    expect(within(preview).getByText('What did you build?')).toBeInTheDocument();
    expect(within(preview).getByRole('textbox')).toBeInTheDocument();
    // Opened from its card, as in the popup, the focus goes to Back.
    expect(within(preview).getByRole('button', { name: /Back/ })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /^Questions that help/ }), '{Escape}');
    expect(within(preview).getByRole('heading', { name: 'Second' })).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: /Back/ }));
    expect(within(preview).getAllByRole('button')).toHaveLength(2);
  });

  it('opens the item being edited in the preview, and keeps the focus in the form', async () => {
    const user = userEvent.setup();
    await openStudio();
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    await user.type(screen.getByRole('textbox', { name: 'Feed title' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    // A new item has nothing to share yet, so employees would not see it; the preview says so.
    expect(within(preview).getByText(/do not see the item you are editing/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'First');
    expect(within(preview).getByRole('heading', { name: 'First' })).toBeInTheDocument();
    expect(within(preview).queryByText(/do not see the item/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Second');
    expect(within(preview).getByRole('heading', { name: 'Second' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'First' }));
    expect(within(preview).getByRole('heading', { name: 'First' })).toBeInTheDocument();
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.type(summary, 'Boards work offline.');
    expect(within(preview).getByText('Boards work offline.')).toBeInTheDocument();
    expect(summary).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete First' }));
    expect(within(preview).getAllByRole('button')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(preview).getByRole('heading', { name: 'First' })).toBeInTheDocument();
  });

  it('opens a published feed by its address, or pasted text, and says why one cannot be read', async () => {
    const user = userEvent.setup();
    const deps = await openStudio();
    await user.type(
      screen.getByRole('textbox', { name: /published feed by its address/ }),
      'news.example/feed.json',
    );
    await user.click(screen.getByRole('button', { name: 'Open address' }));
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://news.example/feed.json');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Feed title' })).toHaveValue(
        'Northwind Labs: news to share',
      ),
    );

    const paste = screen.getByRole('textbox', { name: /paste a feed/ });
    await user.click(paste);
    await user.paste('{"version": "https://jsonfeed.org/version/1.1", "title": "Pasted", "items": []}');
    await user.click(screen.getByRole('button', { name: 'Open pasted feed' }));
    expect(screen.getByRole('textbox', { name: 'Feed title' })).toHaveValue('Pasted');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Feed title' })).toHaveValue('Northwind Labs: news to share');

    await user.clear(paste);
    await user.paste('<html><body>Not a feed</body></html>');
    await user.click(screen.getByRole('button', { name: 'Open pasted feed' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not open that feed: The document is HTML');
  });

  // Issue 21, item 8: a feed the extension reads is still not "Ready" while a suggested post
  // breaks the feed's own guidelines; Publish lists those posts beside the feed's readiness.
  it('does not say Ready while a suggested post breaks the feed’s guidelines', async () => {
    const user = userEvent.setup();
    await openStudio();
    const guided = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme',
      _ownvoice: {
        guidelines: {
          disclosure: { text: '#AcmeEmployee', required: true },
          blocked_terms: ['confidential'],
        },
      },
      items: [
        { id: 'a', title: 'Fine', _ownvoice: { suggestions: [{ text: 'All good #AcmeEmployee' }] } },
        {
          id: 'b',
          title: 'Launch',
          _ownvoice: { suggestions: [{ text: 'x' }, { text: 'Our confidential plans' }] },
        },
      ],
    };
    await user.click(screen.getByRole('textbox', { name: /paste a feed/ }));
    await user.paste(JSON.stringify(guided));
    await user.click(screen.getByRole('button', { name: 'Open pasted feed' }));
    const publish = screen.getByRole('region', { name: 'Publish' });
    expect(within(publish).queryByText(/^Ready/)).toBeNull();
    expect(within(publish).getByText(/reads this feed, but it is not ready/)).toBeInTheDocument();
    const list = within(publish).getByRole('list', { name: 'Suggested posts to fix' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Item 2 — Suggested post 1: Add #AcmeEmployee/),
      expect.stringMatching(
        /^Item 2 — Suggested post 2: "confidential" is not allowed in posts.*, Add #AcmeEmployee/,
      ),
    ]);
  });
});
