import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { FeedItemList } from '@/components/feed-item-list';
import { feedSourceName, feedTitle, itemKey, type ItemView } from '@/components/feed-view';
import { FiltersBar } from '@/components/filters-bar';
import { ItemDetail } from '@/components/item-detail';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PostCheck } from '@/components/post-check';
import { answerPostCheck } from '@/shared/share/post-check-answer';
import { useNow } from '@/components/use-now';
import { facets, selectItems } from '@/shared/feed/select-items';
import { sendToBackground, type OverlayData, type Result } from '@/shared/messaging';
import { loadFeedImage } from '@/shared/platform/feed-images';
import { PanelComposer } from './panel-composer';
import type { PageLink } from './page-link';
import type { PanelStore } from './store';
import { t } from '@/shared/i18n';

export interface PanelAppProps {
  store: PanelStore;
  /** The script on LinkedIn's page: puts the post in, closes the frame. */
  page: PageLink;
  /** The data asked for as the page started; asked again if absent. */
  firstData?: Promise<Result<OverlayData>>;
}

/**
 * The panel on LinkedIn: the same list, filters and composer as the popup, in a frame of the
 * extension's own origin (LinkedIn's page can neither read it nor hear its keys), fed by messages.
 */
export function PanelApp({ store, page, firstData }: PanelAppProps) {
  const state = useStore(store);
  const now = useNow();
  const [data, setData] = useState<OverlayData | undefined>();
  const [error, setError] = useState<string | null>(null);

  const early = useRef(firstData);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Focus comes into the frame with the opening (the page script focuses it): on the panel itself.
    panel.current?.focus();
  }, []);
  useEffect(() => {
    let live = true;
    const request = early.current ?? sendToBackground({ type: 'overlay/data' });
    early.current = undefined;
    request.then((answer) => {
      if (!live) return;
      if (answer.ok) setData(answer.data);
      else setError(answer.reason);
    });
    return () => {
      live = false;
    };
  }, []);

  const feedsByUrl = useMemo(() => new Map((data?.feeds ?? []).map((f) => [f.url, f])), [data]);
  const visible = useMemo(
    () =>
      data
        ? selectItems(
            data.items,
            data.feeds,
            { query: state.query, ...state.filters },
            { roles: data.roles, languages: data.languages },
            now,
          )
        : [],
    [data, state.query, state.filters, now],
  );
  const options = useMemo(() => {
    const f = facets((data?.items ?? []).filter((i) => i.expiresAt === undefined || i.expiresAt > now));
    return { ...f, feeds: (data?.feeds ?? []).map((feed) => ({ url: feed.url, title: feedTitle(feed) })) };
  }, [data, now]);
  const sharedKeys = useMemo(() => new Set(Object.keys(data?.shareCounts ?? {})), [data]);
  const selected = state.selected
    ? data?.items.find((i) => i.feedUrl === state.selected?.feedUrl && i.id === state.selected.id)
    : undefined;
  const sourceNameOf = (item: ItemView) => feedSourceName(feedsByUrl.get(item.feedUrl));
  const close = () => page.close();

  return (
    <aside
      ref={panel}
      tabIndex={-1}
      className="panel"
      aria-label={t('extName')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !(event.target instanceof HTMLTextAreaElement)) close();
      }}
    >
      <header className="panel-header">
        <h1>{t('extName')}</h1>
        <button type="button" className="icon-button" onClick={close} aria-label={t('overlay.close')}>
          ×
        </button>
      </header>
      <main className="panel-main">
        {data?.toConfirm && (
          <PostCheck
            key={data.toConfirm.id}
            share={data.toConfirm}
            onAnswer={(posted) => answerPostCheck(data.toConfirm!.id, posted)}
          />
        )}
        {error ? (
          <p className="banner-error" role="alert">
            {t('overlay.loadFailed', { error })}
          </p>
        ) : !data ? (
          <LoadingSkeleton />
        ) : data.feeds.length === 0 ? (
          <p className="empty">{t('overlay.noFeeds')}</p>
        ) : selected ? (
          <ItemDetail
            key={itemKey(selected)}
            item={selected}
            sourceName={sourceNameOf(selected)}
            feedName={feedTitle(feedsByUrl.get(selected.feedUrl))}
            now={now}
            onBack={state.back}
            // Fetched by this extension page, without cookies, and shown from a blob: URL of the
            // extension's origin (shared/feed/feed-image.ts), as in the popup.
            loadImage={loadFeedImage}
          >
            <PanelComposer
              page={page}
              item={selected}
              meta={feedsByUrl.get(selected.feedUrl)?.meta ?? null}
              voice={data.voice}
              sourceName={sourceNameOf(selected)}
              feedTitle={feedTitle(feedsByUrl.get(selected.feedUrl))}
              sharedCount={data.shareCounts[itemKey(selected)] ?? 0}
            />
          </ItemDetail>
        ) : (
          <>
            <FiltersBar
              query={state.query}
              filters={state.filters}
              options={options}
              onQueryChange={state.setQuery}
              onFiltersChange={state.setFilters}
            />
            <FeedItemList
              items={visible}
              sourceNameOf={sourceNameOf}
              now={now}
              filtered={
                state.query.trim() !== '' || Object.values(state.filters).some((v) => v !== undefined)
              }
              onSelect={state.openItem}
              onClearFilters={state.clearFilters}
              sharedKeys={sharedKeys}
            />
          </>
        )}
      </main>
    </aside>
  );
}
