import { useState } from 'react';
import { problemText } from '@/shared/feed/problem-text';
import { FeedStatusLine } from './feed-status-line';
import { SaidText } from './said-text';
import type { Said } from '@/shared/feed/said';
import { feedTitle, safeHttpUrl, type FeedView } from './feed-view';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { t, tn } from '@/shared/i18n';

export interface SubscriptionRowProps {
  feed: FeedView;
  now: number;
  /** Resolve to a reason to show, or null on success. */
  onRefresh: (url: string) => Promise<Said | null>;
  onRemove: (url: string) => Promise<Said | null>;
  /** "Allow Ownvoice to read <host>" for a feed refused for want of permission. */
  onAllow?: (url: string) => Promise<Said | null>;
  /** "Use the new address" for a feed that redirects. */
  onMove?: (from: string, to: string) => Promise<Said | null>;
}

const SOURCE_LABELS: Record<FeedView['source'], () => string> = {
  user: () => t('subscription.byYou'),
  preset: () => t('subscription.preset'),
  managed: () => t('status.managed'),
};

export function SubscriptionRow({ feed, now, onRefresh, onRemove, onAllow, onMove }: SubscriptionRowProps) {
  const [busy, setBusy] = useState<'refresh' | 'remove' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Said | null>(null);
  const title = feedTitle(feed);
  const managed = feed.source === 'managed';
  const home = safeHttpUrl(feed.meta?.homePageUrl);

  function run(kind: 'refresh' | 'remove', action: () => Promise<Said | null>) {
    setBusy(kind);
    setMessage(null);
    action().then(
      (reason) => {
        setBusy(null);
        setMessage(reason);
      },
      () => {
        setBusy(null);
        setMessage({ text: t('common.failed') });
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
          {feed.url === DEMO_FEED_URL ? t('subscription.demo') : feed.url}
        </span>
        <span className="subscription-source">
          {SOURCE_LABELS[feed.source]()} · {tn('subscription.items', feed.itemCount)}
        </span>
      </div>
      <FeedStatusLine feed={feed} now={now} onAllow={onAllow} onMove={onMove} sourceBadge={false} />
      {feed.warnings.length > 0 && (
        <details className="warnings">
          <summary>{tn('subscription.warnings', feed.warnings.length)}</summary>
          <ul>
            {feed.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code>: {problemText(w)}
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
          {busy === 'refresh' ? t('popup.refreshing') : t('subscription.refresh')}
        </button>
        {managed ? (
          <>
            <button type="button" disabled aria-describedby={`managed-${feed.url}`}>
              {t('subscription.remove')}
            </button>
            <span id={`managed-${feed.url}`} className="hint">
              {t('subscription.managedHint')}
            </span>
          </>
        ) : confirming ? (
          <span className="confirm" role="group" aria-label={t('subscription.confirmLabel', { title })}>
            <span dir="auto">{t('subscription.confirm', { title })}</span>
            <button
              type="button"
              className="danger"
              disabled={busy !== null}
              onClick={() => {
                setConfirming(false);
                run('remove', () => onRemove(feed.url));
              }}
            >
              {t('subscription.yesRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy !== null}>
            {busy === 'remove' ? t('subscription.removing') : t('subscription.remove')}
          </button>
        )}
      </div>
      {message && <SaidText said={message} className="field-error" role="alert" />}
    </li>
  );
}
