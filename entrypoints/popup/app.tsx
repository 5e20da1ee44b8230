import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { getDb, type OwnvoiceDB } from '@/storage/db';
import { languagesItem, policyItem, rolesItem } from '@/storage/settings';
import { facets, selectItems } from '@/shared/feed/select-items';
import { DEMO_FEED_URL } from '@/shared/feed/preset-env';
import { logger } from '@/shared/logger';
import { FeedItemList } from '@/components/feed-item-list';
import { FeedStatusLine } from '@/components/feed-status-line';
import { SaidText } from '@/components/said-text';
import { PopupToolbar } from '@/components/popup-toolbar';
import { feedSourceName, feedTitle, itemKey, type ItemView } from '@/components/feed-view';
import { FiltersBar } from '@/components/filters-bar';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { createFeedActions, defaultFeedActionDeps, type FeedActionDeps } from '@/shared/feed-actions';
import { useLinkedInTab } from './use-linkedin-tab';
import { sendToBackground } from '@/shared/messaging';
import { clearFirstPaint, readFirstPaint, writeFirstPaint } from './first-paint';
import { createPopupStore } from './store';
import { useRememberOpenItem } from './use-remember-open-item';
import { openHistoryPage, useMarkItemsSeen } from './use-mark-items-seen';
import type { ShareEffects } from '@/shared/platform/share';
import { useSharedItemKeys } from '@/storage/use-shares';
import { useFeeds, useItems } from '@/storage/use-feed-data';
import { useStorageItem } from '@/storage/use-storage-item';
import { useNow } from '@/components/use-now';
import { useRefreshAll } from '@/components/use-refresh-all';
import { PostCheck } from '@/components/post-check';
import { usePostCheck } from './use-post-check';
import { answerPostCheck } from '@/shared/share/post-check-answer';
import { t } from '@/shared/i18n';
import type { ImageLoader } from '@/shared/feed/feed-image';
import { loadFeedImage } from '@/shared/platform/feed-images';

// What the list does not need loads when it is first shown: an open item with its composer, and
// the first-run screen. The popup's first paint then waits for less script.
const ItemDetail = lazy(() => import('@/components/item-detail').then((m) => ({ default: m.ItemDetail })));
const ComposePanel = lazy(() => import('./compose-panel').then((m) => ({ default: m.ComposePanel })));
const Onboarding = lazy(() => import('@/components/onboarding').then((m) => ({ default: m.Onboarding })));

export interface PopupAppProps {
  db?: OwnvoiceDB;
  deps?: FeedActionDeps;
  openOptions?: () => void;
  shareEffects?: ShareEffects;
  /** Default: the page's anonymous image loader. */
  loadImage?: ImageLoader;
}

function openOptionsPage() {
  browser.runtime.openOptionsPage().catch((error: unknown) => logger.error('Opening settings', error));
}

export function App({
  db = getDb(),
  deps = defaultFeedActionDeps,
  openOptions = openOptionsPage,
  shareEffects,
  loadImage = loadFeedImage,
}: PopupAppProps) {
  const [store] = useState(createPopupStore);
  const [firstPaint] = useState(readFirstPaint);
  const state = useStore(store);
  const actions = useMemo(() => createFeedActions(deps), [deps]);
  const feeds = useFeeds(db);
  const sharedKeys = useSharedItemKeys(db);
  // IT policy may hide "Add feed" (managed storage, allowUserFeeds: false).
  const userFeedsAllowed = useStorageItem(policyItem)?.allowUserFeeds !== false;
  const linkedInTab = useLinkedInTab();
  const [overlayError, setOverlayError] = useState<string | null>(null);

  function openOnPage(tabId: number) {
    setOverlayError(null);
    sendToBackground({ type: 'overlay/open', tabId }).then((answer) => {
      // The panel is on the page now; the popup would only cover it.
      if (answer.ok) window.close();
      else setOverlayError(t('popup.overlayFailed', { reason: answer.reason }));
    });
  }
  const items = useItems(db);
  useMarkItemsSeen(items);
  useRememberOpenItem(store, items);
  const roles = useStorageItem(rolesItem);
  const languages = useStorageItem(languagesItem);
  const now = useNow();
  const { refreshing, refreshError, refreshAll } = useRefreshAll(actions.refresh);

  const feedsByUrl = useMemo(() => new Map((feeds ?? []).map((f) => [f.url, f])), [feeds]);
  const visible = useMemo(
    () =>
      feeds && items && roles && languages
        ? selectItems(items, feeds, { query: state.query, ...state.filters }, { roles, languages }, now)
        : [],
    [feeds, items, roles, languages, state.query, state.filters, now],
  );
  const options = useMemo(() => {
    const f = facets((items ?? []).filter((i) => i.expiresAt === undefined || i.expiresAt > now));
    return { ...f, feeds: (feeds ?? []).map((feed) => ({ url: feed.url, title: feedTitle(feed) })) };
  }, [items, feeds, now]);
  const sourceNameOf = useCallback(
    (item: ItemView) => feedSourceName(feedsByUrl.get(item.feedUrl)),
    [feedsByUrl],
  );
  const { back } = state;

  const loading =
    feeds === undefined || items === undefined || roles === undefined || languages === undefined;
  const shareToConfirm = usePostCheck(db, !loading);
  const selected =
    state.view === 'detail' && state.selected && items
      ? items.find((i) => i.feedUrl === state.selected?.feedUrl && i.id === state.selected.id)
      : undefined;
  const filtered = state.query.trim() !== '' || Object.values(state.filters).some((v) => v !== undefined);

  // Keep the top of the unfiltered list for the next opening's first paint.
  useEffect(() => {
    if (loading || filtered) return;
    if (feeds.length === 0) clearFirstPaint();
    else writeFirstPaint(visible, sourceNameOf);
  }, [loading, filtered, feeds, visible, sourceNameOf]);

  return (
    <div className="popup">
      <header className="app-header">
        <h1>{t('extName')}</h1>
        <PopupToolbar
          canRefresh={Boolean(feeds && feeds.length > 0)}
          refreshing={refreshing}
          onRefresh={refreshAll}
          onHistory={openHistoryPage}
          onSettings={openOptions}
        />
      </header>
      {refreshError && <SaidText said={refreshError} className="banner-error" role="alert" />}
      {linkedInTab !== undefined && feeds && feeds.length > 0 && (
        <div className="banner-linkedin">
          <span>{t('popup.onLinkedIn')}</span>
          <button type="button" className="primary" onClick={() => openOnPage(linkedInTab)}>
            {t('popup.openOnPage')}
          </button>
          {overlayError && (
            <span className="field-error" role="alert">
              {overlayError}
            </span>
          )}
        </div>
      )}
      <main className="popup-main">
        {shareToConfirm && (
          <PostCheck
            key={shareToConfirm.id}
            share={shareToConfirm}
            onAnswer={(posted) => answerPostCheck(shareToConfirm.id, posted)}
          />
        )}
        {loading && firstPaint && firstPaint.items.length > 0 && state.view === 'list' ? (
          <FeedItemList
            items={firstPaint.items}
            sourceNameOf={(item) => firstPaint.sources[item.feedUrl] ?? ''}
            now={now}
            filtered={false}
            onSelect={state.openItem}
            onClearFilters={state.clearFilters}
          />
        ) : loading ? (
          <LoadingSkeleton />
        ) : feeds.length === 0 && !userFeedsAllowed ? (
          <div className="empty" role="status">
            <p>{t('popup.managedEmpty')}</p>
          </div>
        ) : feeds.length === 0 ? (
          <Suspense fallback={<LoadingSkeleton />}>
            <Onboarding onAdd={actions.add} onTryDemo={() => actions.add(DEMO_FEED_URL)} />
          </Suspense>
        ) : (
          <>
            {selected && (
              <Suspense fallback={<LoadingSkeleton />}>
                <ItemDetail
                  key={itemKey(selected)}
                  item={selected}
                  sourceName={sourceNameOf(selected)}
                  feedName={feedTitle(feedsByUrl.get(selected.feedUrl))}
                  now={now}
                  onBack={back}
                  loadImage={loadImage}
                >
                  <ComposePanel
                    db={db}
                    item={selected}
                    meta={feedsByUrl.get(selected.feedUrl)?.meta ?? null}
                    sourceName={sourceNameOf(selected)}
                    feedTitle={feedTitle(feedsByUrl.get(selected.feedUrl))}
                    shareEffects={shareEffects}
                  />
                </ItemDetail>
              </Suspense>
            )}
            {/* The list stays mounted while an item is open, so going back keeps its scroll and paging. */}
            <div hidden={selected !== undefined}>
              <FiltersBar
                query={state.query}
                filters={state.filters}
                options={options}
                onQueryChange={state.setQuery}
                onFiltersChange={state.setFilters}
              />
              <div className="statuses">
                {feeds.map((feed) => (
                  <FeedStatusLine
                    key={feed.url}
                    feed={feed}
                    now={now}
                    label={feeds.length > 1 ? feedTitle(feed) : undefined}
                    onAllow={actions.allowAccess}
                    onMove={actions.move}
                  />
                ))}
              </div>
              <FeedItemList
                items={visible}
                sourceNameOf={sourceNameOf}
                now={now}
                filtered={filtered}
                onSelect={state.openItem}
                onClearFilters={state.clearFilters}
                sharedKeys={sharedKeys}
              />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
