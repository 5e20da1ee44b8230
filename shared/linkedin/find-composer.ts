/**
 * Finding LinkedIn's post composer. LinkedIn changes its markup without notice, so detection is a
 * list of strategies, one per layout seen, each with a fixture and a test; the trees searched come
 * from composer-roots.ts (the known shadow host, the page, other open shadow roots; never iframes).
 * Nothing here clicks, types or changes anything: it only looks.
 */
import { composerRoots, isShown, type ComposerRoot } from './composer-roots';

/**
 * The layouts Ownvoice knows, newest first:
 * - `shadow-quill`: 2026, Quill in the sharebox modal inside `#interop-outlet`'s open shadow root.
 * - `light-quill`: up to 2025, Quill in a dialog in the page's DOM.
 * - `prosemirror`: a variant reported before the move to Quill.
 * - `dialog-textbox`: a post dialog whose editor is a plain `role="textbox"`.
 * - `share-box`: an always-open share box in the page.
 */
export type ComposerStrategy =
  'shadow-quill' | 'light-quill' | 'prosemirror' | 'dialog-textbox' | 'share-box';

export interface FoundComposer {
  editor: HTMLElement;
  /** The dialog or box around the editor: where Post is pressed, and what disappears after. */
  container: Element;
  /** The tree the editor lives in: its selection and its mutations are read there. */
  root: ComposerRoot;
  strategy: ComposerStrategy;
}

/** LinkedIn's own hooks for the share modal, language-independent, seen 2024–2026. */
const SHAREBOX = '[data-test-modal-id="sharebox"], .share-box-v2__modal';
const DIALOGS = `[role="dialog"], ${SHAREBOX}`;

interface Strategy {
  name: ComposerStrategy;
  /** Which trees the layout lives in. */
  in: 'shadow' | 'page' | 'any';
  /** The editor itself: one simple selector. */
  editor: string;
  /** What must hold around it (an ancestor check is plainer and sturdier than a descendant selector). */
  accepts: (editor: Element) => boolean;
}

const QUILL = '.ql-editor[contenteditable="true"]';
const TEST_HOOK = 'data-test-ql-editor-contenteditable';
const inDialog = (el: Element) => el.closest(DIALOGS) !== null;
const SHARE_BOXES = '.share-box, .share-box-v2, .share-creation-state, [class*="share-creation-state"]';

const STRATEGIES: readonly Strategy[] = [
  {
    name: 'shadow-quill',
    in: 'shadow',
    editor: QUILL,
    accepts: (el) => inDialog(el) || el.getAttribute(TEST_HOOK) === 'true',
  },
  {
    name: 'light-quill',
    in: 'page',
    // Not any `.ql-editor`: LinkedIn's comment boxes were Quill too.
    editor: QUILL,
    accepts: (el) =>
      el.closest('[role="dialog"], .share-box-v2') !== null || el.getAttribute(TEST_HOOK) === 'true',
  },
  {
    name: 'prosemirror',
    in: 'any',
    // Comment boxes are ProseMirror (tiptap) too: only one inside a post dialog counts.
    editor: '.ProseMirror[contenteditable="true"]',
    accepts: inDialog,
  },
  {
    name: 'dialog-textbox',
    in: 'any',
    editor: '[contenteditable="true"][role="textbox"]',
    accepts: (el) => el.closest('[role="dialog"]') !== null,
  },
  {
    name: 'share-box',
    in: 'page',
    editor: '[contenteditable="true"]',
    accepts: (el) => el.closest(SHARE_BOXES) !== null,
  },
];

function applies(strategy: Strategy, root: ComposerRoot): boolean {
  if (strategy.in === 'any') return true;
  return strategy.in === 'shadow' ? root instanceof ShadowRoot : !(root instanceof ShadowRoot);
}

function containerOf(editor: Element): Element {
  return editor.closest(DIALOGS) ?? editor.closest(`${SHARE_BOXES}, form`) ?? editor.parentElement ?? editor;
}

/** The open composer's editor, or null when none of the known layouts is open. */
export function findComposer(
  doc: Document,
  roots: ComposerRoot[] = composerRoots(doc),
): FoundComposer | null {
  for (const strategy of STRATEGIES) {
    for (const root of roots) {
      if (!applies(strategy, root)) continue;
      for (const el of root.querySelectorAll<HTMLElement>(strategy.editor)) {
        if (strategy.accepts(el) && isShown(el))
          return { editor: el, container: containerOf(el), root, strategy: strategy.name };
      }
    }
  }
  return null;
}

const POST_WORD = /\bpost\b/i;

/**
 * A dialog that is a post composer, or may be one, but holds no editor we know: a new LinkedIn
 * layout. Then the text goes to the clipboard, and the page is never navigated away from it.
 * Any shown dialog with somewhere to write counts: copying costs the employee one paste, while
 * navigating would throw away what they had open.
 */
export function unknownComposerOpen(doc: Document, roots: ComposerRoot[] = composerRoots(doc)): boolean {
  for (const root of roots) {
    for (const dialog of root.querySelectorAll(DIALOGS)) {
      if (!isShown(dialog)) continue;
      if (dialog.matches(SHAREBOX)) return true;
      if (dialog.querySelector('[contenteditable="true"], [contenteditable=""], textarea')) return true;
      const label = `${dialog.getAttribute('aria-label') ?? ''} ${dialog.querySelector('h1, h2, h3')?.textContent ?? ''}`;
      if (POST_WORD.test(label)) return true;
    }
  }
  return false;
}

/** What the page shows, for "Put in LinkedIn post" and for Settings' "last layout seen". */
export type ComposerScan =
  { kind: 'found'; composer: FoundComposer } | { kind: 'unknown' } | { kind: 'none' };

export function scanForComposer(doc: Document): ComposerScan {
  const roots = composerRoots(doc);
  const composer = findComposer(doc, roots);
  if (composer) return { kind: 'found', composer };
  return unknownComposerOpen(doc, roots) ? { kind: 'unknown' } : { kind: 'none' };
}
