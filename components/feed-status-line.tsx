import { ageOf, formatDateTime, relativeTime } from '@/shared/dates';
import type { FeedView } from './feed-view';

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
      ? `Couldn't refresh: ${error} — showing the copy from ${ageOf(lastSuccessAt, now)} ago`
      : `Not loaded yet: ${error}`;
  }
  if (lastSuccessAt !== undefined) return `Updated ${relativeTime(lastSuccessAt, now)}`;
  return 'Not loaded yet';
}

export function FeedStatusLine({ feed, now, label }: FeedStatusLineProps) {
  const failed = Boolean(feed.error);
  return (
    <p
      className={failed ? 'status status-error' : 'status'}
      title={
        feed.lastAttemptAt !== undefined ? `Last tried ${formatDateTime(feed.lastAttemptAt)}` : undefined
      }
    >
      {label && <span className="status-label">{label}: </span>}
      {feedStatusText(feed, now)}
      {feed.source === 'managed' && <span className="badge">Set by your organization</span>}
    </p>
  );
}
