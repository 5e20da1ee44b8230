import { setBody } from './dom';
import { afterEach, describe, expect, it } from 'vitest';
import { findComposer, unknownComposerOpen } from '@/shared/linkedin/find-composer';
import { textTook } from '@/shared/linkedin/insert-text';

const page = setBody;

afterEach(() => {
  document.body.replaceChildren();
});

describe('finding LinkedIn’s composer', () => {
  it.each([
    [
      'dialog-textbox',
      `<div role="dialog" aria-label="Create a post"><div class="editor" contenteditable="true" role="textbox" id="target"></div><button>Post</button></div>`,
    ],
    [
      'quill-editor',
      `<section><div class="ql-container"><div class="ql-editor" contenteditable="true" id="target"></div></div></section>`,
    ],
    [
      'data-test-editor',
      `<div><div data-test-ql-editor-contenteditable="true" contenteditable="true" id="target"></div></div>`,
    ],
    [
      'share-box',
      `<div class="share-box"><div contenteditable="true" id="target"></div><button>Post</button></div>`,
    ],
  ])('finds the %s layout', (strategy, html) => {
    const found = findComposer(page(html));
    expect(found?.strategy).toBe(strategy);
    expect(found?.editor.id).toBe('target');
  });

  it('uses the dialog as the container, so its closing can be watched', () => {
    const found = findComposer(
      page(
        `<div role="dialog" id="d"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>`,
      ),
    );
    expect(found?.container.id).toBe('d');
  });

  it('skips editors that are hidden', () => {
    expect(
      findComposer(page(`<div hidden><div class="ql-editor" contenteditable="true"></div></div>`)),
    ).toBeNull();
  });

  it('finds nothing on a page without a composer', () => {
    const doc = page(`<main><h1>Feed</h1><div contenteditable="true">a comment box</div></main>`);
    expect(findComposer(doc)).toBeNull();
    expect(unknownComposerOpen(doc)).toBe(false);
  });

  it('recognises a post dialog of a layout it does not know', () => {
    const doc = page(`<div role="dialog" aria-label="Create a post"><iframe title="editor"></iframe></div>`);
    expect(findComposer(doc)).toBeNull();
    expect(unknownComposerOpen(doc)).toBe(true);
  });

  it('tells whether inserted text shows in the editor, however line breaks were rendered', () => {
    const doc = page(`<div id="e" contenteditable="true"><p>First line</p><p>second   line #Acme</p></div>`);
    const editor = doc.getElementById('e')!;
    expect(textTook(editor, 'First line\nsecond line #Acme')).toBe(true);
    expect(textTook(editor, 'Something else')).toBe(false);
  });
});
