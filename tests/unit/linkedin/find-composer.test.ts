import { fixtureBody, shadowComposer } from './layouts';
import { setBody } from './dom';
import { afterEach, describe, expect, it } from 'vitest';
import { composerRoots, WALK_LIMITS } from '@/shared/linkedin/composer-roots';
import { findComposer, scanForComposer, unknownComposerOpen } from '@/shared/linkedin/find-composer';
import { textTook } from '@/shared/linkedin/insert-text';

const page = setBody;

afterEach(() => {
  document.body.replaceChildren();
});

describe('finding LinkedIn’s composer', () => {
  it('finds the 2026 layout inside the open shadow root of #interop-outlet', () => {
    const { doc, shadow } = shadowComposer();
    // What every earlier version of Ownvoice did, and why it navigated away from an open composer:
    expect(doc.querySelector('.ql-editor')).toBeNull();
    const found = findComposer(doc);
    expect(found?.strategy).toBe('shadow-quill');
    expect(found?.editor.id).toBe('target');
    expect(found?.root).toBe(shadow);
    expect(found?.container.getAttribute('data-test-modal-id')).toBe('sharebox');
  });

  it('finds a composer in an open shadow root under another host, by the bounded walk', () => {
    const doc = page(`<main><section id="somewhere"></section></main>`);
    const outer = doc.getElementById('somewhere')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('div');
    outer.append(inner);
    const shadow = inner.attachShadow({ mode: 'open' });
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const editor = doc.createElement('div');
    editor.className = 'ql-editor';
    editor.contentEditable = 'true';
    dialog.append(editor);
    shadow.append(dialog);
    const found = findComposer(doc);
    expect(found?.editor).toBe(editor);
    expect(found?.root).toBe(shadow);
  });

  it('looks in the known host first, then the page, then other shadow roots, and skips closed roots (its own panel host is one)', () => {
    const { doc, shadow } = shadowComposer();
    const other = doc.createElement('div');
    doc.body.append(other);
    const otherRoot = other.attachShadow({ mode: 'open' });
    const own = doc.createElement('div');
    doc.body.append(own);
    own.attachShadow({ mode: 'closed' });
    expect(composerRoots(doc)).toEqual([shadow, doc, otherRoot]);
  });

  it('bounds the walk of shadow roots', () => {
    const doc = page('<main></main>');
    for (let i = 0; i < WALK_LIMITS.roots + 10; i++) {
      const host = doc.createElement('div');
      doc.body.append(host);
      host.attachShadow({ mode: 'open' });
    }
    expect(composerRoots(doc).length).toBe(WALK_LIMITS.roots + 1);
  });

  it('never looks into iframes: the preload iframe’s decoy editor is not a composer', () => {
    const doc = page(`<iframe data-testid="interop-iframe"></iframe>`);
    const frameDoc = doc.querySelector('iframe')!.contentDocument;
    frameDoc?.body.append(
      Object.assign(frameDoc.createElement('div'), { className: 'ql-editor', contentEditable: 'true' }),
    );
    expect(findComposer(doc)).toBeNull();
    expect(unknownComposerOpen(doc)).toBe(false);
  });

  it.each([
    [
      'light-quill',
      `<div role="dialog" aria-label="Create a post"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" id="target"></div></div></div>`,
    ],
    [
      'light-quill',
      `<div><div class="ql-editor" data-test-ql-editor-contenteditable="true" contenteditable="true" id="target"></div></div>`,
    ],
    [
      'dialog-textbox',
      `<div role="dialog" aria-label="Create a post"><div class="editor" contenteditable="true" role="textbox" id="target"></div><button>Post</button></div>`,
    ],
    [
      'share-box',
      `<div class="share-box"><div contenteditable="true" id="target"></div><button>Post</button></div>`,
    ],
  ])('finds the %s layout', (strategy, html) => {
    const found = findComposer(page(html));
    expect(found?.strategy).toBe(strategy);
    expect(found?.editor.id).toBe('target');
    expect(found?.root).toBe(document);
  });

  it('finds the ProseMirror variant in its dialog, not the ProseMirror comment box beside it', () => {
    const found = findComposer(fixtureBody('prosemirror-dialog.html'));
    expect(found?.strategy).toBe('prosemirror');
    expect(found?.editor.id).toBe('target');
  });

  it('does not take a Quill comment box for the post composer', () => {
    const doc = page(
      `<div class="comments-comment-box"><div class="ql-editor" contenteditable="true"></div></div>`,
    );
    expect(findComposer(doc)).toBeNull();
  });

  it('uses the dialog as the container, so its closing can be watched', () => {
    const found = findComposer(
      page(
        `<div role="dialog" id="d"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>`,
      ),
    );
    expect(found?.container.id).toBe('d');
  });

  it('skips editors that are hidden, also when their shadow host is', () => {
    expect(
      findComposer(page(`<div hidden><div class="ql-editor" contenteditable="true"></div></div>`)),
    ).toBeNull();
    const { doc } = shadowComposer();
    doc.getElementById('interop-outlet')!.setAttribute('aria-hidden', 'true');
    expect(findComposer(doc)).toBeNull();
  });

  it('finds nothing on a page without a composer', () => {
    const doc = page(`<main><h1>Feed</h1><div contenteditable="true">a comment box</div></main>`);
    expect(scanForComposer(doc)).toEqual({ kind: 'none' });
  });

  it.each([
    [
      'a post dialog of a layout it does not know',
      `<div role="dialog" aria-label="Create a post"><iframe title="editor"></iframe></div>`,
    ],
    [
      'LinkedIn’s sharebox modal with an editor it does not know',
      `<div data-test-modal-id="sharebox"><canvas></canvas></div>`,
    ],
    [
      'a dialog in another language with somewhere to write',
      `<div role="dialog" aria-label="Utwórz wpis"><textarea></textarea></div>`,
    ],
  ])('recognises %s as an open composer', (_, html) => {
    expect(scanForComposer(page(html))).toEqual({ kind: 'unknown' });
  });

  it('recognises an unknown composer inside the shadow root too', () => {
    const { doc, shadow } = shadowComposer();
    shadow.querySelector('.ql-editor')!.replaceWith(doc.createElement('canvas'));
    expect(scanForComposer(doc)).toEqual({ kind: 'unknown' });
  });

  it('tells whether inserted text shows in the editor, however line breaks were rendered', () => {
    const doc = page(`<div id="e" contenteditable="true"><p>First line</p><p>second   line #Acme</p></div>`);
    const editor = doc.getElementById('e')!;
    expect(textTook(editor, 'First line\nsecond line #Acme')).toBe(true);
    expect(textTook(editor, 'Something else')).toBe(false);
  });
});
