import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { FeedStatusLine, feedStatusText } from '@/components/feed-status-line';
import { DAY, MIN, NOW } from '../fixtures/records';

describe('FeedStatusLine', () => {
  it.each([
    [{ lastSuccessAt: NOW - 5 * MIN }, 'Updated 5 minutes ago'],
    [
      { lastSuccessAt: NOW - 2 * DAY, error: 'HTTP 404' },
      "Couldn't refresh: HTTP 404 — showing the copy from 2 days ago",
    ],
    [{ error: "Couldn't reach feeds.acme.com" }, "Not loaded yet: Couldn't reach feeds.acme.com"],
    [{}, 'Not loaded yet'],
  ])('%o → %s', (feed, expected) => {
    expect(feedStatusText({ source: 'user', ...feed }, NOW)).toBe(expected);
  });

  it('marks managed feeds', () => {
    render(<FeedStatusLine feed={{ source: 'managed', lastSuccessAt: NOW }} now={NOW} />);
    expect(screen.getByText('Set by your organization')).toBeInTheDocument();
  });
});
