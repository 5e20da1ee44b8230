import { SubscriptionRow } from './subscription-row';
import type { FeedView } from './feed-view';

export interface SubscriptionListProps {
  feeds: readonly FeedView[];
  now: number;
  /** Resolve to a reason to show, or null on success. */
  onRefresh: (url: string) => Promise<string | null>;
  onRemove: (url: string) => Promise<string | null>;
}

/** The options page's list of subscriptions with their status and actions. */
export function SubscriptionList({ feeds, now, onRefresh, onRemove }: SubscriptionListProps) {
  if (feeds.length === 0) return <p className="empty">You are not following any feed yet.</p>;
  return (
    <ul className="subscriptions">
      {feeds.map((feed) => (
        <SubscriptionRow key={feed.url} feed={feed} now={now} onRefresh={onRefresh} onRemove={onRemove} />
      ))}
    </ul>
  );
}
