import { formatDateTime, relativeTime, timeAgo } from '@/shared/dates';
import type { FeedView } from './feed-view';
import { t } from '@/shared/i18n';

export interface FeedStatusLineProps {
  feed: Pick<FeedView, 'source' | 'lastSuccessAt' | 'lastAttemptAt' | 'error'>;
  now: number;
  /** The feed's name, when several feeds' lines are shown together. */
  label?: string;
}

/** How fresh a feed's copy is, and why the last refresh failed if it did. */
export function feedStatusText(feed: FeedStatusLineProps['feed'], now: number): string {
  const { lastSuccessAt, error } = feed;
  if (error) {
    return lastSuccessAt !== undefined
      ? t('status.refreshFailed', { error, ago: timeAgo(lastSuccessAt, now) })
      : t('status.notLoadedError', { error });
  }
  if (lastSuccessAt !== undefined) return t('status.updated', { when: relativeTime(lastSuccessAt, now) });
  return t('status.notLoaded');
}

export function FeedStatusLine({ feed, now, label }: FeedStatusLineProps) {
  const failed = Boolean(feed.error);
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
    </p>
  );
}
