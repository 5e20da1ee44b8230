import { useState } from 'react';
import { formatDateTime, relativeTime, timeAgo } from '@/shared/dates';
import type { FeedView } from './feed-view';
import { saidProblem, type Said } from '@/shared/feed/said';
import { SaidText } from './said-text';
import { t } from '@/shared/i18n';
import { isWebAddress } from '@/shared/feed/web-address';

export interface FeedStatusLineProps {
  feed: Pick<FeedView, 'source' | 'lastSuccessAt' | 'lastAttemptAt' | 'error'> &
    Partial<Pick<FeedView, 'url' | 'needsAccess' | 'movedTo' | 'sentElsewhere'>>;
  now: number;
  /** The feed's name, when several feeds' lines are shown together. */
  label?: string;
  /**
   * "Allow Ownvoice to read <host>": asks for the feed's origin. Called straight from the click,
   * since the browser's prompt needs the user gesture. Resolves to a reason to show, or null.
   */
  onAllow?: (url: string) => Promise<Said | null>;
  /**
   * "Use the new address": moves the subscription to where the feed was redirected (asking for
   * that origin first, so called straight from the click). Resolves to a reason, or null.
   */
  onMove?: (from: string, to: string) => Promise<Said | null>;
  /** False where the row around the line already names the source ("Set by your organization"). */
  sourceBadge?: boolean;
}

/** The host a permission is asked for (patterns carry no port). */
export function feedHost(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).hostname : undefined;
}

/**
 * Where the employee may move this feed: only a feed they added themselves, and only from one
 * web address to another. A bundled or preset feed is the build's, a managed one IT's; a record
 * written before that rule (the demo "moved" to its own chrome-extension:// file) says nothing.
 */
export function movedToShown(feed: FeedStatusLineProps['feed']): string | undefined {
  return feed.source === 'user' && isWebAddress(feed.url) && isWebAddress(feed.movedTo)
    ? feed.movedTo
    : undefined;
}

/** How fresh a feed's copy is, and why the last refresh failed if it did, as the line says it. */
export function feedStatusText(feed: FeedStatusLineProps['feed'], now: number): string {
  return feedStatusSaid(feed, now).text;
}

/** The same, with the technical account of a failure kept apart for "Details". */
export function feedStatusSaid(feed: FeedStatusLineProps['feed'], now: number): Said {
  const text = feedStatusPlain(feed, now);
  if (text !== undefined) return { text };
  const said = saidProblem(feed.error!);
  const line =
    feed.lastSuccessAt !== undefined
      ? t('said.refreshFailed', { error: said.text, ago: timeAgo(feed.lastSuccessAt, now) })
      : t('status.notLoadedError', { error: said.text });
  return { ...said, text: line };
}

/** Every state but a failure said through its problem code; undefined for that one. */
function feedStatusPlain(feed: FeedStatusLineProps['feed'], now: number): string | undefined {
  const { lastSuccessAt, error } = feed;
  const movedTo = movedToShown(feed);
  const host = feedHost(feed.url);
  // A refused permission is not a network failure: the server answered, the browser withheld it.
  if (feed.needsAccess && host) {
    return lastSuccessAt !== undefined
      ? t('status.needsAccessStale', { host, ago: timeAgo(lastSuccessAt, now) })
      : t('status.needsAccess', { host });
  }
  // Redirected to an origin not readable yet: the new address is the news, not the refusal.
  if (movedTo && error) return t('status.movedTo', { address: movedTo });
  // The server answered with a redirect the browser would not let Ownvoice follow or see.
  if (feed.sentElsewhere) {
    return lastSuccessAt !== undefined
      ? t('status.sentElsewhereStale', { ago: timeAgo(lastSuccessAt, now) })
      : t('status.sentElsewhere');
  }
  if (error) return undefined;
  if (lastSuccessAt !== undefined) return t('status.updated', { when: relativeTime(lastSuccessAt, now) });
  return t('status.notLoaded');
}

export function FeedStatusLine({
  feed,
  now,
  label,
  onAllow,
  onMove,
  sourceBadge = true,
}: FeedStatusLineProps) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<Said | null>(null);
  const failed = Boolean(feed.error);
  const host = feedHost(feed.url);
  const url = feed.url;
  const movedTo = movedToShown(feed);

  function ask(request: Promise<Said | null>) {
    setAsking(true);
    setMessage(null);
    request.then(
      (reason) => {
        setAsking(false);
        setMessage(reason);
      },
      () => {
        setAsking(false);
        setMessage({ text: t('common.failed') });
      },
    );
  }

  function allow() {
    if (onAllow && url) ask(onAllow(url));
  }

  function move() {
    if (onMove && url && movedTo) ask(onMove(url, movedTo));
  }

  const status = feedStatusSaid(feed, now);
  // A <div>, not a <p>: the "Details" disclosure of a failure is a block of its own.
  return (
    <div
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
      {status.text}
      {movedTo && !feed.error && (
        <span className="status-moved" dir="auto">
          {' '}
          {t('status.movedTo', { address: movedTo })}
        </span>
      )}
      {sourceBadge && feed.source === 'managed' && <span className="badge">{t('status.managed')}</span>}
      {movedTo && onMove && (
        <>
          {' '}
          <button type="button" className="status-allow" onClick={move} disabled={asking}>
            {t('status.useNewAddress')}
          </button>
        </>
      )}
      {feed.needsAccess && host && onAllow && (
        <>
          {' '}
          <button type="button" className="status-allow" onClick={allow} disabled={asking}>
            {t('status.allowHost', { host })}
          </button>
        </>
      )}
      {message && <SaidText said={message} className="status-message" role="alert" />}
      {status.detail && (
        <details className="said-details">
          <summary>{t('said.details')}</summary>
          <code dir="auto">{status.detail}</code>
        </details>
      )}
    </div>
  );
}
