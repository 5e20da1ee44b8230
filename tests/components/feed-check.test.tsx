import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeedCheckReport } from '@/components/feed-check-report';
import { App, type FeedCheckDeps } from '@/entrypoints/feed-check/app';
import { parseFeedText } from '@/shared/feed/parse';

const NOW = Date.UTC(2026, 10, 25);

const guidedFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme — news to share',
  _ownvoice: {
    organization: 'Acme',
    guidelines: {
      disclosure: { text: '#AcmeEmployee', required: true },
      blocked_terms: ['confidential'],
      caution_terms: ['guarantee'],
    },
  },
  items: [
    {
      id: 'launch',
      url: 'https://acme.example/launch',
      title: 'We shipped offline mode',
      _ownvoice: {
        prompts: ['What part did you build?'],
        suggestions: [
          { text: 'Offline mode is live. #AcmeEmployee', network: 'linkedin' },
          { text: 'The confidential roadmap, explained.', network: 'linkedin' },
          { text: `${'Offline mode is live. '.repeat(15)}#AcmeEmployee`, network: 'x' },
        ],
      },
    },
    { id: 'bad-link', title: 'Event', url: 'javascript:alert(1)' },
    { id: 'empty' },
  ],
};

function renderReport(text: string) {
  render(<FeedCheckReport source="feed.json" result={parseFeedText(text)} now={NOW} />);
}

describe('FeedCheckReport', () => {
  // Field labels, not JSON paths, and items counted from 1 as in the studio (issue 21, item 7).
  it('lists every error of a rejected feed by its field', () => {
    renderReport(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: 'nope' }));
    expect(screen.getByRole('heading', { name: /^Rejected/ })).toBeInTheDocument();
    const errors = within(screen.getByRole('list', { name: 'Errors' })).getAllByRole('listitem');
    expect(errors.map((e) => e.textContent)).toEqual([
      'Feed title is empty',
      expect.stringMatching(/^Items is "nope"/),
    ]);
  });

  it('checks the organizer’s suggestions against the feed’s own guidelines and network limits', () => {
    renderReport(JSON.stringify(guidedFeed));
    const item = screen.getByRole('article', { name: 'We shipped offline mode' });
    const [ok, blocked, long] = within(item)
      .getAllByText(/^Suggested post for/)
      .map((label) => label.closest('li')!);
    expect(ok).toHaveTextContent('Meets the feed’s guidelines');
    expect(blocked).toHaveTextContent('"confidential" is not allowed in posts');
    expect(blocked).toHaveTextContent('Add #AcmeEmployee');
    expect(long).toHaveTextContent(/Too long for X: \d+ of 280 characters/);
    expect(within(item).getByText('What part did you build?')).toBeInTheDocument();
  });

  it('shows item warnings on the item and skipped items in the general warnings', () => {
    renderReport(JSON.stringify(guidedFeed));
    expect(
      screen.getByRole('heading', { name: /^Usable: 2 items, 2 warnings, 2 suggested posts to fix/ }),
    ).toBeInTheDocument();
    const event = screen.getByRole('article', { name: 'Event' });
    expect(within(event).getByRole('list', { name: 'Warnings about this item' })).toHaveTextContent(
      'Item 2 — Link is "javascript:alert(1)"',
    );
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      /^Item 3: Employees would not see this item: it has nothing to share yet; give it a title, a link/,
    );
  });

  it('previews an RSS feed with XML paths in its warnings', () => {
    renderReport(readFileSync(path.resolve('tests/fixtures/feeds/xml/newsroom-rss.xml'), 'utf8'));
    expect(
      screen.getByRole('article', { name: 'Tailspin Toys reports record third quarter' }),
    ).toBeInTheDocument();
    const cmd = screen.getByRole('article', { name: 'Invitation to the Capital Markets Day' });
    expect(cmd).toHaveTextContent('`rss.channel.item[1].enclosure[0]` is "http://');
  });

  it('never renders feed text as HTML', () => {
    renderReport(
      JSON.stringify({
        ...guidedFeed,
        items: [{ id: 'x', title: '<img src=x onerror=alert(1)>', summary: '<b>bold</b>' }],
      }),
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
  });
});

describe('feed check page', () => {
  function deps(overrides: Partial<FeedCheckDeps> = {}): FeedCheckDeps {
    return {
      requestOrigin: vi.fn(() => Promise.resolve(true)),
      fetchText: vi.fn(() => Promise.resolve({ ok: true as const, text: JSON.stringify(guidedFeed) })),
      now: () => NOW,
      ...overrides,
    };
  }

  it('asks for the origin, fetches the URL and shows the report', async () => {
    const fake = deps();
    render(<App deps={fake} />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Feed URL' }),
      'news.acme.example/ownvoice.json',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(fake.requestOrigin).toHaveBeenCalledWith('https://news.acme.example/ownvoice.json');
    expect(await screen.findByRole('heading', { name: /^Usable/ })).toBeInTheDocument();
    expect(fake.fetchText).toHaveBeenCalledWith('https://news.acme.example/ownvoice.json');
  });

  it('says why a URL could not be read', async () => {
    render(
      <App deps={deps({ fetchText: () => Promise.resolve({ ok: false, reason: 'HTTP 404 Not Found' }) })} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Feed URL' }), 'https://x.example/f.json');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not read https://x.example/f.json: HTTP 404 Not Found.',
    );
  });

  it('reads a picked file without any network', async () => {
    const fake = deps();
    render(<App deps={fake} />);
    const xml = readFileSync(path.resolve('tests/fixtures/feeds/xml/hugo-rss.xml'), 'utf8');
    await userEvent.upload(
      screen.getByLabelText(/drop a feed file/),
      new File([xml], 'index.xml', { type: 'application/xml' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: /^Usable: 2 items/ })).toBeInTheDocument(),
    );
    expect(fake.fetchText).not.toHaveBeenCalled();
  });
});
