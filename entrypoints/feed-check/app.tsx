import { useState } from 'react';
import { failureText, problemText } from '@/shared/feed/problem-text';
import { FeedCheckForm } from '@/components/feed-check-form';
import { FeedCheckReport } from '@/components/feed-check-report';
import { checkFeedUrl } from '@/shared/feed/fetch-feed';
import { sendToBackground } from '@/shared/messaging';
import { parseFeedText } from '@/shared/feed/parse';
import { FEED_LIMITS, type ParseResult } from '@/shared/feed/types';
import { requestFeedOrigin } from '@/shared/platform/permissions';
import { t } from '@/shared/i18n';

/**
 * The feed check page for organizers (an unlisted extension page, opened from the options page):
 * the same transport and the same validation as the background, and nothing is stored or
 * subscribed. Only the background fetches feeds (house rule), so the page asks it for the text.
 */
export interface FeedCheckDeps {
  /** Asks for the feed origin; must be called in the click's gesture, before any await. */
  requestOrigin: (url: string) => Promise<boolean>;
  fetchText: (url: string) => Promise<{ ok: true; text: string } | { ok: false; reason: string }>;
  now: () => number;
}

export const defaultFeedCheckDeps: FeedCheckDeps = {
  requestOrigin: requestFeedOrigin,
  async fetchText(url) {
    const answer = await sendToBackground({ type: 'feeds/fetch-text', url });
    return answer.ok ? { ok: true, text: answer.data.text } : { ok: false, reason: failureText(answer) };
  },
  now: Date.now,
};

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; source: string }
  | { kind: 'unreadable'; source: string; reason: string }
  | { kind: 'done'; source: string; result: ParseResult; at: number };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MAX_MB = FEED_LIMITS.maxBytes / (1024 * 1024);

export function App({ deps = defaultFeedCheckDeps }: { deps?: FeedCheckDeps }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  function checkUrl(input: string) {
    const checked = checkFeedUrl(HAS_SCHEME.test(input) ? input : `https://${input}`);
    if (!checked.ok) {
      setState({ kind: 'unreadable', source: input, reason: problemText(checked.reason) });
      return;
    }
    const url = checked.url.href;
    // No await before this call: the permission prompt needs the click's gesture.
    const granted = deps.requestOrigin(url);
    setState({ kind: 'busy', source: url });
    const run = async () => {
      if (!(await granted)) {
        return setState({
          kind: 'unreadable',
          source: url,
          reason: t('check.needsPermission', { host: checked.url.host }),
        });
      }
      const read = await deps.fetchText(url);
      if (!read.ok) return setState({ kind: 'unreadable', source: url, reason: read.reason });
      setState({ kind: 'done', source: url, result: parseFeedText(read.text), at: deps.now() });
    };
    run().catch((error: unknown) => setState({ kind: 'unreadable', source: url, reason: String(error) }));
  }

  function checkFile(file: File) {
    if (file.size > FEED_LIMITS.maxBytes) {
      setState({ kind: 'unreadable', source: file.name, reason: t('check.tooLarge', { mb: MAX_MB }) });
      return;
    }
    setState({ kind: 'busy', source: file.name });
    file.text().then(
      (text) => setState({ kind: 'done', source: file.name, result: parseFeedText(text), at: deps.now() }),
      (error: unknown) => setState({ kind: 'unreadable', source: file.name, reason: String(error) }),
    );
  }

  return (
    <div className="feed-check">
      <header className="app-header">
        <h1>{t('page.feedCheckTitle')}</h1>
        <p className="hint">{t('check.intro')}</p>
      </header>
      <main>
        <FeedCheckForm onCheckUrl={checkUrl} onCheckFile={checkFile} busy={state.kind === 'busy'} />
        <div aria-live="polite">
          {state.kind === 'busy' && (
            <p className="status">{t('check.checkingSource', { source: state.source })}</p>
          )}
          {state.kind === 'unreadable' && (
            <p className="banner-error" role="alert">
              {t('check.unreadable', { source: state.source, reason: state.reason })}
            </p>
          )}
        </div>
        {state.kind === 'done' && (
          <FeedCheckReport source={state.source} result={state.result} now={state.at} />
        )}
      </main>
    </div>
  );
}
