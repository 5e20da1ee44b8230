/**
 * Finding LinkedIn's post composer. LinkedIn changes its markup without notice, so detection is a
 * list of strategies tried in order; each has a test against a fixture of the layout it targets.
 * Nothing here clicks, types or changes anything: it only looks.
 */

export type ComposerStrategy = 'dialog-textbox' | 'quill-editor' | 'data-test-editor' | 'share-box';

export interface FoundComposer {
  editor: HTMLElement;
  /** The dialog or box around the editor: where Post is pressed, and what disappears after. */
  container: Element;
  strategy: ComposerStrategy;
}

const STRATEGIES: { name: ComposerStrategy; selector: string }[] = [
  { name: 'dialog-textbox', selector: '[role="dialog"] [contenteditable="true"][role="textbox"]' },
  { name: 'quill-editor', selector: '.ql-editor[contenteditable="true"]' },
  { name: 'data-test-editor', selector: '[data-test-ql-editor-contenteditable="true"]' },
  {
    name: 'share-box',
    selector: [
      '.share-box [contenteditable="true"]',
      '.share-box-v2 [contenteditable="true"]',
      '.share-creation-state [contenteditable="true"]',
      '[class*="share-creation-state"] [contenteditable="true"]',
    ].join(', '),
  },
];

function isShown(el: Element): boolean {
  return el.isConnected && el.closest('[hidden], [aria-hidden="true"], [inert]') === null;
}

function containerOf(editor: Element): Element {
  return (
    editor.closest('[role="dialog"]') ??
    editor.closest('.share-box, .share-box-v2, [class*="share-creation-state"], form') ??
    editor.parentElement ??
    editor
  );
}

/** The open composer's editor, or null when none of the known layouts is on the page. */
export function findComposer(root: ParentNode = document): FoundComposer | null {
  for (const { name, selector } of STRATEGIES) {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (isShown(el)) return { editor: el, container: containerOf(el), strategy: name };
    }
  }
  return null;
}

/**
 * A dialog that looks like a post composer but holds no editor we know: a new LinkedIn layout.
 * Then the text goes to the clipboard rather than anywhere we guessed.
 */
export function unknownComposerOpen(root: ParentNode = document): boolean {
  for (const dialog of root.querySelectorAll('[role="dialog"]')) {
    if (!isShown(dialog)) continue;
    const label = `${dialog.getAttribute('aria-label') ?? ''} ${dialog.querySelector('h1, h2, h3')?.textContent ?? ''}`;
    if (/\bpost\b/i.test(label)) return true;
  }
  return false;
}
