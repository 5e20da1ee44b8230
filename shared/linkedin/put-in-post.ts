import { scanForComposer } from './find-composer';
import { insertIntoComposer, type InsertOptions } from './insert-text';
import type { LinkedInLayout } from './layouts';
import type { PutResult } from './panel-protocol';
import { watchComposer } from './watch-post';
import { sendToBackground } from '../messaging';
import type { ShareAbout } from '../share/share-about';
import type { ShareInput, ShareRequest } from '../share/types';
import { t } from '../i18n';

export interface PutDeps {
  send: typeof sendToBackground;
  navigate: (url: string) => void;
  doc: Document;
  insert?: InsertOptions;
}

export const pageDeps = (): PutDeps => ({
  send: sendToBackground,
  navigate: (url) => window.location.assign(url),
  doc: document,
});

/**
 * "Put in LinkedIn post", the part done on LinkedIn's page. The employee presses Post; this never
 * clicks anything of LinkedIn's.
 * 1. A composer of a known layout is open: type the text into it, confirm the editor took it,
 *    wait (bounded) for Post to be enabled, then watch that composer only.
 * 2. A composer is open but its editor is one we don't know, or it did not take the text: the
 *    panel copies it (`copy`), where the click was, and says how to paste. An open composer is
 *    never navigated away from.
 * 3. None is open: navigate this tab to LinkedIn's own share URL, which opens one with the text;
 *    on that URL already (it opened none), copy rather than loop.
 */
export async function putInLinkedInPost(
  request: ShareRequest,
  about: ShareAbout,
  deps: PutDeps = pageDeps(),
): Promise<PutResult> {
  const share = (status: ShareInput['status']): ShareInput => ({
    ...about,
    channel: 'linkedin',
    text: request.text,
    ownWords: request.ownWords,
    status,
  });
  const noteLayout = (layout: LinkedInLayout) => {
    // Only for the employee's own Settings page ("last layout seen"); it stays on this machine.
    deps.send({ type: 'linkedin/layout', layout }).catch(() => undefined);
  };
  const scan = scanForComposer(deps.doc);
  if (scan.kind === 'found') {
    const found = scan.composer;
    const inserted = await insertIntoComposer(found, request.text, deps.insert);
    if (!inserted.took) {
      noteLayout('unknown');
      return { kind: 'copy' };
    }
    noteLayout(found.strategy);
    const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
    if (recorded.ok) {
      watchComposer(found, (status) => {
        deps.send({ type: 'shares/update-status', id: recorded.data.id, status }).catch(() => undefined);
      });
    }
    return {
      kind: 'done',
      outcome: {
        ok: true,
        message: t(inserted.postEnabled === false ? 'overlay.insertedPostDisabled' : 'overlay.inserted'),
      },
    };
  }
  if (scan.kind === 'unknown') {
    noteLayout('unknown');
    return { kind: 'copy' };
  }

  const onShareUrl = new URL(deps.doc.location.href).searchParams.get('shareActive') === 'true';
  if (onShareUrl || !request.intent) {
    noteLayout('unknown');
    return { kind: 'copy' };
  }
  noteLayout('share-url');
  const recorded = await deps.send({ type: 'shares/record', share: share('opened') });
  if (!recorded.ok) return { kind: 'done', outcome: { ok: false, reason: recorded.reason } };
  deps.navigate(request.intent.url);
  return { kind: 'done', outcome: { ok: true, message: t('overlay.opening') } };
}
