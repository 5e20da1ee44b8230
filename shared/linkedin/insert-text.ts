/**
 * Puts the employee's text into LinkedIn's editor the way typing would: focus, the caret placed
 * with the editor's own tree's selection, then `execCommand('insertText')` line by line and
 * `insertParagraph` for each line break, so the editor's own model (Quill, ProseMirror) takes it
 * from the mutations it observes, as it does a person's typing. Never innerHTML or textContent:
 * the editor would not notice, and it is not ours.
 */
import type { FoundComposer } from './find-composer';

/**
 * The selection of the tree the editor lives in. In Chromium `document.getSelection()` does not
 * reach into a shadow root and `ShadowRoot.getSelection()` does; Firefox has only the former,
 * and it can hold ranges inside shadow roots.
 */
export function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return editor.ownerDocument.getSelection();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function shownText(editor: HTMLElement): string {
  return editor.innerText || editor.textContent || '';
}

/** Whether the editor is blank, by its own word where it says (Quill's `ql-blank`) or by its text. */
export function isBlank(editor: HTMLElement): boolean {
  if (editor.classList.contains('ql-blank')) return true;
  return squash(shownText(editor)) === '';
}

function placeCaret(editor: HTMLElement, selection: Selection): void {
  const range = editor.ownerDocument.createRange();
  if (isBlank(editor)) {
    // An empty editor holds a placeholder line (<p><br></p>): write into it, not after it.
    range.setStart(editor.querySelector('p, div') ?? editor, 0);
    range.collapse(true);
  } else {
    // The employee already wrote something there: add after it.
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Types `text` into the editor; false when the browser refused a step. Line breaks become
 * paragraphs, blank lines empty paragraphs, as Enter would make them.
 */
export function typeInto(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  editor.focus();
  const selection = selectionFor(editor);
  if (selection) placeCaret(editor, selection);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let ok = true;
  lines.forEach((line, i) => {
    // execCommand is deprecated but is still the one way to insert text as if typed.
    if (i > 0) ok = doc.execCommand('insertParagraph') && ok;
    if (line !== '') ok = doc.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

/** Whether the editor now shows the text (its start, ignoring how line breaks were rendered). */
export function textTook(editor: HTMLElement, text: string): boolean {
  const wanted = squash(text).slice(0, 60);
  return wanted !== '' && squash(shownText(editor)).includes(wanted);
}

/** What a button says: its aria-label and its text, spaces folded. */
export const buttonLabel = (button: Element): string =>
  `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`.replace(/\s+/g, ' ').trim();

/** The composer's own Post button: LinkedIn's class, else a button labelled Post. */
export function postButtonOf(container: Element): HTMLButtonElement | null {
  const byClass = container.querySelector<HTMLButtonElement>('button.share-actions__primary-action');
  if (byClass) return byClass;
  for (const button of container.querySelectorAll('button')) {
    if (/^post$/i.test(buttonLabel(button))) return button;
  }
  return null;
}

const enabled = (button: HTMLButtonElement) =>
  !button.disabled && button.getAttribute('aria-disabled') !== 'true';

/**
 * Resolves when `ready()` holds, checked at each mutation of `root` and every 50 ms, or false
 * after `timeoutMs`. Editors like Quill commit what was typed a tick later, so the DOM alone
 * right after an insertion says too little.
 */
export function waitFor(root: Node, ready: () => boolean, timeoutMs: number): Promise<boolean> {
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(limit);
      resolve(value);
    };
    const check = () => {
      if (ready()) done(true);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const poll = setInterval(check, 50);
    const limit = setTimeout(() => done(ready()), timeoutMs);
  });
}

export interface Insertion {
  /** The editor shows the text and no longer calls itself blank. */
  took: boolean;
  /** Post became enabled; undefined where the composer has no Post button we recognise. */
  postEnabled: boolean | undefined;
}

export interface InsertOptions {
  /** How long the editor may take to commit the text. */
  takeMs?: number;
  /** How long Post may take to become enabled after that. */
  postMs?: number;
}

/** Types the text, then confirms the editor took it and waits, bounded, for Post to be enabled. */
export async function insertIntoComposer(
  found: FoundComposer,
  text: string,
  { takeMs = 1500, postMs = 2000 }: InsertOptions = {},
): Promise<Insertion> {
  const { editor, container, root } = found;
  const watched = root instanceof ShadowRoot ? root : root.body;
  if (!typeInto(editor, text) && !textTook(editor, text)) return { took: false, postEnabled: undefined };
  const took = await waitFor(watched, () => textTook(editor, text) && !isBlank(editor), takeMs);
  if (!took) return { took, postEnabled: undefined };
  const post = postButtonOf(container);
  if (!post) return { took, postEnabled: undefined };
  return { took, postEnabled: await waitFor(watched, () => enabled(post), postMs) };
}
