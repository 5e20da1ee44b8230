import { useState } from 'react';
import { formatDateTime, relativeTime, timeAgo } from '@/shared/dates';
import type { FeedView } from './feed-view';
import { t } from '@/shared/i18n';

export interface FeedStatusLineProps {
  feed: Pick<FeedView, 'source' | 'lastSuccessAt' | 'lastAttemptAt' | 'error'> &
    Partial<Pick<FeedView, 'url' | 'needsAccess'>>;
  now: number;
  /** The feed's name, when several feeds' lines are shown together. */
  label?: string;
  /**
   * "Allow Ownvoice to read <host>": asks for the feed's origin. Called straight from the click,
   * since the browser's prompt needs the user gesture. Resolves to a reason to show, or null.
   */
  onAllow?: (url: string) => Promise<string | null>;
}

/** The host a permission is asked for (patterns carry no port). */
export function feedHost(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).hostname : undefined;
}

/** How fresh a feed's copy is, and why the last refresh failed if it did. */
export function feedStatusText(feed: FeedStatusLineProps['feed'], now: number): string {
  const { lastSuccessAt, error } = feed;
  const host = feedHost(feed.url);
  // A refused permission is not a network failure: the server answered, the browser withheld it.
  if (feed.needsAccess && host) {
    return lastSuccessAt !== undefined
      ? t('status.needsAccessStale', { host, ago: timeAgo(lastSuccessAt, now) })
      : t('status.needsAccess', { host });
  }
  if (error) {
    return lastSuccessAt !== undefined
      ? t('status.refreshFailed', { error, ago: timeAgo(lastSuccessAt, now) })
      : t('status.notLoadedError', { error });
  }
  if (lastSuccessAt !== undefined) return t('status.updated', { when: relativeTime(lastSuccessAt, now) });
  return t('status.notLoaded');
}

export function FeedStatusLine({ feed, now, label, onAllow }: FeedStatusLineProps) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const failed = Boolean(feed.error);
  const host = feedHost(feed.url);
  const url = feed.url;

  function allow() {
    if (!onAllow || !url) return;
    setAsking(true);
    setMessage(null);
    onAllow(url).then(
      (reason) => {
        setAsking(false);
        setMessage(reason);
      },
      () => {
        setAsking(false);
        setMessage(t('common.failed'));
      },
    );
  }

  return (
    <p
      className={failed ? 'status status-error' : 'status'}
      title={
        feed.lastAttemptAt !== undefined
          ? t('status.lastTried', { when: formatDateTime(feed.lastAttemptAt) })
          : undefined
      }
    >
      {label && (
        <span className="status-label" dir="auto">
          {t('status.label', { label })}{' '}
        </span>
      )}
      {feedStatusText(feed, now)}
      {feed.source === 'managed' && <span className="badge">{t('status.managed')}</span>}
      {feed.needsAccess && host && onAllow && (
        <>
          {' '}
          <button type="button" className="status-allow" onClick={allow} disabled={asking}>
            {t('status.allowHost', { host })}
          </button>
        </>
      )}
      {message && (
        <span className="status-message" role="alert">
          {' '}
          {message}
        </span>
      )}
    </p>
  );
}
