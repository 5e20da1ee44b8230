import { isShown } from './composer-roots';
import type { FoundComposer } from './find-composer';
import { buttonLabel as label, postButtonOf } from './insert-text';

export type PostOutcome = 'posted' | 'abandoned';

export interface WatchOptions {
  /** Stop watching after this long; the history entry then stays as it was ("opened"). */
  giveUpMs?: number;
  /** How soon after a Post click the composer must close or empty for it to count as posted. */
  postWindowMs?: number;
  now?: () => number;
}

/** LinkedIn's "Save this post as a draft?" prompt: the draft stays with LinkedIn, the post may still go out. */
const SAVE_DRAFT = /save as draft/i;

function isEmpty(editor: HTMLElement): boolean {
  return (editor.innerText || editor.textContent || '').trim() === '';
}

/**
 * Watches only the composer the text was put into, in the tree it lives in (a shadow root is
 * observed itself: an observer on `document.body` sees nothing inside it). The employee pressing
 * Post (a click we only listen to) and then the composer closing, or an always-open box emptying,
 * means posted; the composer closing without Post (Dismiss, then Discard) means abandoned. "Save as
 * draft" ends the watch with no outcome: the entry stays "opened" and Ownvoice asks later.
 * Returns a function that stops watching.
 */
export function watchComposer(
  found: FoundComposer,
  onOutcome: (outcome: PostOutcome) => void,
  { giveUpMs = 30 * 60_000, postWindowMs = 15_000, now = Date.now }: WatchOptions = {},
): () => void {
  let postClickedAt: number | undefined;
  let savedDraft = false;
  let done = false;
  const { editor, container, root } = found;
  const post = postButtonOf(container);

  const onClick = (event: Event) => {
    const button = event
      .composedPath()
      .find((n): n is Element => n instanceof Element && n.tagName === 'BUTTON');
    if (!button) return;
    if (button === post || (container.contains(button) && /^post$/i.test(label(button))))
      postClickedAt = now();
    else if (SAVE_DRAFT.test(label(button))) savedDraft = true;
  };

  const check = () => {
    if (done) return;
    const closed = !isShown(editor) || !isShown(container);
    const posted = postClickedAt !== undefined && now() - postClickedAt <= postWindowMs;
    // An always-open box that empties after Post has posted; emptied without Post is the employee rewriting.
    if (!closed && !(posted && isEmpty(editor))) return;
    if (posted) finish('posted');
    else if (savedDraft) stop();
    else finish('abandoned');
  };

  const observer = new MutationObserver(check);
  observer.observe(root instanceof ShadowRoot ? root : root.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'inert'],
  });
  // On the tree, not the container: LinkedIn's discard prompt is a dialog of its own beside it.
  root.addEventListener('click', onClick, true);
  // A host removed from the page takes its shadow root along without a mutation inside it.
  const poll = setInterval(check, 1000);
  const timer = setTimeout(() => stop(), giveUpMs);

  function stop() {
    done = true;
    observer.disconnect();
    clearInterval(poll);
    clearTimeout(timer);
    root.removeEventListener('click', onClick, true);
  }

  function finish(outcome: PostOutcome) {
    stop();
    onOutcome(outcome);
  }

  return stop;
}
