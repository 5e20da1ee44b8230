import { useState } from 'react';
import { problemText } from '@/shared/feed/problem-text';
import { describeRejection } from '@/shared/feed/sync';
import { checkFeedUrl } from '@/shared/feed/fetch-feed';
import type { StudioDoc } from '@/shared/feed/studio/document';
import { importFeedText } from '@/shared/feed/studio/import-feed';
import { FEED_LIMITS } from '@/shared/feed/types';
import { t } from '@/shared/i18n';

export interface ImportDeps {
  /** Asks for the feed origin; must be called in the click's gesture, before any await. */
  requestOrigin: (url: string) => Promise<boolean>;
  /** Only the background fetches feeds (house rule): the page asks it for the text. */
  fetchText: (url: string) => Promise<{ ok: true; text: string } | { ok: false; reason: string }>;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MAX_MB = FEED_LIMITS.maxBytes / (1024 * 1024);

/** Opening a starting point: text, a file or an address; `onDoc` gets the document when it reads. */
export function useStudioImport(deps: ImportDeps, onDoc: (doc: StudioDoc) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  function fromText(text: string) {
    setBusy(null);
    const result = importFeedText(text);
    if (result.ok) {
      setError(null);
      onDoc(result.doc);
    } else setError(problemText(describeRejection(result.errors)));
  }

  function fromFile(file: File) {
    if (file.size > FEED_LIMITS.maxBytes) return setError(t('check.tooLarge', { mb: MAX_MB }));
    file.text().then(fromText, (reason: unknown) => setError(String(reason)));
  }

  function fromUrl(input: string) {
    const checked = checkFeedUrl(HAS_SCHEME.test(input) ? input : `https://${input}`);
    if (!checked.ok) return setError(problemText(checked.reason));
    const url = checked.url.href;
    // No await before this call: the permission prompt needs the click's gesture.
    const granted = deps.requestOrigin(url);
    setBusy(url);
    setError(null);
    const run = async () => {
      if (!(await granted)) throw new Error(t('check.needsPermission', { host: checked.url.host }));
      const read = await deps.fetchText(url);
      if (!read.ok) throw new Error(read.reason);
      fromText(read.text);
    };
    run().catch((reason: unknown) => {
      setBusy(null);
      setError(reason instanceof Error ? reason.message : String(reason));
    });
  }

  return { error, busy, fromText, fromFile, fromUrl };
}
