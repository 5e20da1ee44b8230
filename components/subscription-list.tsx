import type { Said } from '@/shared/feed/said';
import { SubscriptionRow } from './subscription-row';
import type { FeedView } from './feed-view';
import { t } from '@/shared/i18n';

export interface SubscriptionListProps {
  feeds: readonly FeedView[];
  now: number;
  /** Resolve to a reason to show, or null on success. */
  onRefresh: (url: string) => Promise<Said | null>;
  onRemove: (url: string) => Promise<Said | null>;
  onAllow?: (url: string) => Promise<Said | null>;
  onMove?: (from: string, to: string) => Promise<Said | null>;
}

/** The options page's list of subscriptions with their status and actions. */
export function SubscriptionList({
  feeds,
  now,
  onRefresh,
  onRemove,
  onAllow,
  onMove,
}: SubscriptionListProps) {
  if (feeds.length === 0) return <p className="empty">{t('subscription.none')}</p>;
  return (
    <ul className="subscriptions">
      {feeds.map((feed) => (
        <SubscriptionRow
          key={feed.url}
          feed={feed}
          now={now}
          onRefresh={onRefresh}
          onRemove={onRemove}
          onAllow={onAllow}
          onMove={onMove}
        />
      ))}
    </ul>
  );
}
