import type { FoundComposer } from './find-composer';

export type PostOutcome = 'posted' | 'abandoned';

export interface WatchOptions {
  /** Stop watching after this long; the history entry then stays as it was ("opened"). */
  giveUpMs?: number;
  /** How soon after a Post click the composer must close or empty for it to count as posted. */
  postWindowMs?: number;
  now?: () => number;
}

const POST_LABEL = /^\s*post\s*$/i;

function isPostButton(target: EventTarget | null): boolean {
  const button = target instanceof Element ? target.closest('button') : null;
  if (!button) return false;
  return (
    POST_LABEL.test(button.textContent ?? '') || POST_LABEL.test(button.getAttribute('aria-label') ?? '')
  );
}

function isEmpty(editor: HTMLElement): boolean {
  return (editor.innerText || editor.textContent || '').trim() === '';
}

/**
 * Watches only the composer the text was put into. The employee pressing Post (a click we only
 * listen to) followed by the composer closing or emptying means posted; the composer closing or
 * being emptied without Post means abandoned. Returns a function that stops watching.
 */
export function watchComposer(
  found: FoundComposer,
  onOutcome: (outcome: PostOutcome) => void,
  { giveUpMs = 30 * 60_000, postWindowMs = 15_000, now = Date.now }: WatchOptions = {},
): () => void {
  let postClickedAt: number | undefined;
  let done = false;

  const onClick = (event: Event) => {
    if (isPostButton(event.target)) postClickedAt = now();
  };

  const check = () => {
    if (done) return;
    const closed = !found.editor.isConnected || !found.container.isConnected;
    const emptied = !closed && isEmpty(found.editor);
    if (!closed && !emptied) return;
    const posted = postClickedAt !== undefined && now() - postClickedAt <= postWindowMs;
    finish(posted ? 'posted' : 'abandoned');
  };

  const observer = new MutationObserver(check);
  const doc = found.editor.ownerDocument;
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  found.container.addEventListener('click', onClick, true);
  found.editor.addEventListener('input', check);
  const timer = setTimeout(() => stop(), giveUpMs);

  function stop() {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    found.container.removeEventListener('click', onClick, true);
    found.editor.removeEventListener('input', check);
  }

  function finish(outcome: PostOutcome) {
    stop();
    onOutcome(outcome);
  }

  return stop;
}
