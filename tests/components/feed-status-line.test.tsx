import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { render, screen } from '@testing-library/react';
import { FeedStatusLine, feedStatusText } from '@/components/feed-status-line';
import { DAY, MIN, NOW } from '../fixtures/records';
import { problem, verbatim } from '@/shared/feed/problems';

describe('FeedStatusLine', () => {
  it.each([
    [{ lastSuccessAt: NOW - 5 * MIN }, 'Updated 5 minutes ago'],
    [
      { lastSuccessAt: NOW - 2 * DAY, error: problem('fetch.http', { status: 404, phrase: '' }) },
      'Showing the copy from 2 days ago: the last refresh failed. There is no feed at this address. Check the address with whoever gave it to you.',
    ],
    [
      {
        error: problem('fetch.unreachable', { host: 'feeds.acme.com', detail: verbatim('Failed to fetch') }),
      },
      "Not loaded yet: Couldn't reach feeds.acme.com. Check that you are online and try again; if other sites open, the feed's server may be down for a while.",
    ],
    [{}, 'Not loaded yet'],
    [
      { url: 'http://127.0.0.1:8080/feed.json', error: verbatim('no permission'), needsAccess: true },
      'Not loaded yet: Ownvoice may not read 127.0.0.1 until you allow it',
    ],
    [
      {
        url: 'https://news.acme.com/f.json',
        lastSuccessAt: NOW - DAY,
        error: verbatim('x'),
        needsAccess: true,
      },
      "Couldn't refresh: Ownvoice may not read news.acme.com until you allow it — showing the copy from 1 day ago",
    ],
    [
      {
        url: 'https://acme.com/old.json',
        lastSuccessAt: NOW - 5 * MIN,
        movedTo: 'https://acme.com/feed.json',
      },
      'Updated 5 minutes ago',
    ],
    [
      {
        url: 'https://acme.com/f.json',
        error: verbatim('now lives at'),
        movedTo: 'https://blog.example/f.json',
      },
      'This feed now lives at https://blog.example/f.json',
    ],
    [
      { url: 'https://acme.com/f.json', error: verbatim('x'), sentElsewhere: true },
      "Not loaded yet: the feed's server sends it to another address that Ownvoice may not read. The organizer can give you the feed's new address.",
    ],
    [
      { url: 'https://acme.com/f.json', lastSuccessAt: NOW - DAY, error: verbatim('x'), sentElsewhere: true },
      "Couldn't refresh: the feed's server sends it to another address that Ownvoice may not read — showing the copy from 1 day ago. The organizer can give you the feed's new address.",
    ],
  ])('%o → %s', (feed, expected) => {
    expect(feedStatusText({ source: 'user', ...feed }, NOW)).toBe(expected);
  });

  it('shows the Allow button only for a refused permission, not for a server that is down', () => {
    const onAllow = () => Promise.resolve(null);
    const { rerender } = render(
      <FeedStatusLine
        feed={{
          source: 'managed',
          url: 'https://news.acme.com/f.json',
          error: problem('fetch.unreachable', { host: 'news.acme.com', detail: verbatim('Failed to fetch') }),
        }}
        now={NOW}
        onAllow={onAllow}
      />,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(
      <FeedStatusLine
        feed={{
          source: 'managed',
          url: 'https://news.acme.com/f.json',
          error: verbatim('refused'),
          needsAccess: true,
        }}
        now={NOW}
        onAllow={onAllow}
      />,
    );
    expect(screen.getByRole('button', { name: 'Allow Ownvoice to read news.acme.com' })).toBeInTheDocument();
  });

  it('says where a redirected feed now lives and moves it on "Use the new address"', async () => {
    const onMove = vi.fn(() => Promise.resolve(null));
    render(
      <FeedStatusLine
        feed={{
          source: 'user',
          url: 'https://acme.com/old.json',
          lastSuccessAt: NOW,
          movedTo: 'https://acme.com/new.json',
        }}
        now={NOW}
        onMove={onMove}
      />,
    );
    expect(screen.getByText(/This feed now lives at https:\/\/acme\.com\/new\.json/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use the new address' }));
    expect(onMove).toHaveBeenCalledWith('https://acme.com/old.json', 'https://acme.com/new.json');
  });

  it.each([
    ['the bundled demo feed', 'user', 'ownvoice:demo', 'chrome-extension://abcdefghijklmnop/demo-feed.json'],
    ['a preset feed', 'preset', 'https://acme.com/old.json', 'https://acme.com/new.json'],
  ] as const)('says nothing of a move for %s', (_name, source, url, movedTo) => {
    render(
      <FeedStatusLine
        feed={{ source, url, lastSuccessAt: NOW, movedTo }}
        now={NOW}
        onMove={() => Promise.resolve(null)}
      />,
    );
    expect(screen.queryByText(/now lives at/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use the new address' })).not.toBeInTheDocument();
  });

  it('offers no move for a feed set by the organization', () => {
    render(
      <FeedStatusLine
        feed={{ source: 'managed', url: 'https://acme.com/old.json', movedTo: 'https://acme.com/new.json' }}
        now={NOW}
        onMove={() => Promise.resolve(null)}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Use the new address' })).not.toBeInTheDocument();
  });

  it('marks managed feeds', () => {
    render(<FeedStatusLine feed={{ source: 'managed', lastSuccessAt: NOW }} now={NOW} />);
    expect(screen.getByText('Set by your organization')).toBeInTheDocument();
  });
});
