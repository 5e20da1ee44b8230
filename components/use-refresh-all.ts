import { useState } from 'react';
import { logger } from '@/shared/logger';
import type { Said } from '@/shared/feed/said';
import { t } from '@/shared/i18n';

/**
 * "Refresh all" as the popup and the options page show it: pending while the background works,
 * then the reason it gave, or a plain fallback when the message itself failed.
 */
export function useRefreshAll(refresh: () => Promise<Said | null>) {
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<Said | null>(null);

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
        setRefreshError({ text: t('said.refreshAllFailed') });
      },
    );
  }

  return { refreshing, refreshError, refreshAll };
}
