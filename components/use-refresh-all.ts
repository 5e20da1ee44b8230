import { useState } from 'react';
import { logger } from '@/shared/logger';

/**
 * "Refresh all" as the popup and the options page show it: pending while the background works,
 * then the reason it gave, or a plain fallback when the message itself failed.
 */
export function useRefreshAll(refresh: () => Promise<string | null>) {
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  function refreshAll() {
    setRefreshing(true);
    setRefreshError(null);
    refresh().then(
      (reason) => {
        setRefreshing(false);
        setRefreshError(reason);
      },
      (error: unknown) => {
        logger.error('Refreshing feeds', error);
        setRefreshing(false);
        setRefreshError("Couldn't refresh the feeds. Try again.");
      },
    );
  }

  return { refreshing, refreshError, refreshAll };
}
