import { useState } from 'react';
import { FeedStatusLine } from './feed-status-line';
import { feedTitle, safeHttpUrl, type FeedView } from './feed-view';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';

export interface SubscriptionRowProps {
  feed: FeedView;
  now: number;
  /** Resolve to a reason to show, or null on success. */
  onRefresh: (url: string) => Promise<string | null>;
  onRemove: (url: string) => Promise<string | null>;
}

const SOURCE_LABELS: Record<FeedView['source'], string> = {
  user: 'Added by you',
  preset: 'Included with this edition of Ownvoice',
  managed: 'Set by your organization',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function SubscriptionRow({ feed, now, onRefresh, onRemove }: SubscriptionRowProps) {
  const [busy, setBusy] = useState<'refresh' | 'remove' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const title = feedTitle(feed);
  const managed = feed.source === 'managed';
  const home = safeHttpUrl(feed.meta?.homePageUrl);

  function run(kind: 'refresh' | 'remove', action: () => Promise<string | null>) {
    setBusy(kind);
    setMessage(null);
    action().then(
      (reason) => {
        setBusy(null);
        setMessage(reason);
      },
      () => {
        setBusy(null);
        setMessage('Something went wrong. Try again.');
      },
    );
  }

  return (
    <li className="subscription">
      <div className="subscription-head">
        <strong className="subscription-title">
          {home ? (
            <a href={home} target="_blank" rel="noopener noreferrer">
              {title}
            </a>
          ) : (
            title
          )}
        </strong>
        <span className="subscription-url">
          {feed.url === DEMO_FEED_URL ? 'Bundled demo feed' : feed.url}
        </span>
        <span className="subscription-source">
          {SOURCE_LABELS[feed.source]} · {plural(feed.itemCount, 'item')}
        </span>
      </div>
      <FeedStatusLine feed={{ ...feed, source: 'user' }} now={now} />
      {feed.warnings.length > 0 && (
        <details className="warnings">
          <summary>{plural(feed.warnings.length, 'warning')}: some parts of the feed were skipped</summary>
          <ul>
            {feed.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code>: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="subscription-actions">
        <button
          type="button"
          onClick={() => run('refresh', () => onRefresh(feed.url))}
          disabled={busy !== null}
        >
          {busy === 'refresh' ? 'Refreshing…' : 'Refresh now'}
        </button>
        {managed ? (
          <>
            <button type="button" disabled aria-describedby={`managed-${feed.url}`}>
              Remove
            </button>
            <span id={`managed-${feed.url}`} className="hint">
              Your organization set this feed; only your IT team can remove it.
            </span>
          </>
        ) : confirming ? (
          <span className="confirm" role="group" aria-label={`Remove ${title}?`}>
            <span>Remove {title}? Its saved items go too.</span>
            <button
              type="button"
              className="danger"
              disabled={busy !== null}
              onClick={() => {
                setConfirming(false);
                run('remove', () => onRemove(feed.url));
              }}
            >
              Yes, remove
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy !== null}>
            {busy === 'remove' ? 'Removing…' : 'Remove'}
          </button>
        )}
      </div>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </li>
  );
}
