import { History, RefreshCw, Settings } from 'lucide-react';
import { t } from '@/shared/i18n';

export interface PopupToolbarProps {
  /** Refresh is offered only once there is a feed to refresh. */
  canRefresh: boolean;
  refreshing: boolean;
  onRefresh: () => void;
  onHistory: () => void;
  onSettings: () => void;
}

// lucide-react icons, imported one by one so the bundle carries only these three. They draw with
// currentColor, so they follow the button's text colour in the light and the dark theme.
const ICON = { size: 18, strokeWidth: 2, 'aria-hidden': true, focusable: false } as const;

/** The popup's toolbar: each icon button is named for screen readers and shows a tooltip. */
export function PopupToolbar({
  canRefresh,
  refreshing,
  onRefresh,
  onHistory,
  onSettings,
}: PopupToolbarProps) {
  return (
    <div className="header-actions">
      {canRefresh && (
        <button
          type="button"
          className="icon-button"
          onClick={onRefresh}
          disabled={refreshing}
          aria-label={t('popup.refreshAll')}
          title={t('popup.refreshAll')}
        >
          <RefreshCw {...ICON} className={refreshing ? 'spin' : undefined} />
          {refreshing && <span className="visually-hidden">{t('popup.refreshing')}</span>}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        onClick={onHistory}
        aria-label={t('popup.history')}
        title={t('popup.history')}
      >
        <History {...ICON} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onSettings}
        aria-label={t('popup.settings')}
        title={t('popup.settings')}
      >
        <Settings {...ICON} />
      </button>
    </div>
  );
}
