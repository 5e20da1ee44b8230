import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setBody } from './dom';

/** A fixture page's markup (its scripts do not run here), from tests/fixtures/linkedin/. */
export function fixtureBody(name: string): Document {
  return setBody(readFileSync(path.join(__dirname, '../../fixtures/linkedin', name), 'utf8'));
}

/**
 * The 2026 layout as tests/fixtures/linkedin/feed-2026.html builds it once "Start a post" is
 * pressed: the sharebox modal inside the open shadow root of div#interop-outlet, and the decoy
 * editor in the preload iframe (here in its srcdoc, never loaded by happy-dom's iframe).
 */
export function shadowComposer(
  editorHtml = '<p><br></p>',
  blank = true,
): { doc: Document; shadow: ShadowRoot } {
  const doc = setBody(
    `<main class="_m9x2"><div role="button"><span aria-label="Start a post">Start a post</span></div></main>` +
      `<iframe data-testid="interop-iframe" src="about:blank"></iframe>` +
      `<div id="interop-outlet" data-testid="interop-shadowdom"></div>`,
  );
  const shadow = doc.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
  const modal = new DOMParser().parseFromString(
    `<div role="dialog" data-test-modal-id="sharebox" class="artdeco-modal share-box-v2__modal" aria-labelledby="h">` +
      `<h2 id="h">Create post modal</h2>` +
      `<button type="button" aria-label="Dismiss">×</button>` +
      `<div class="ql-container"><div class="ql-editor${blank ? ' ql-blank' : ''}" contenteditable="true" role="textbox" ` +
      `data-test-ql-editor-contenteditable="true" aria-label="Text editor for creating content" id="target">${editorHtml}</div></div>` +
      `<div class="share-box_actions"><button type="button" class="share-actions__primary-action" disabled>Post</button></div>` +
      `</div>`,
    'text/html',
  ).body.firstElementChild!;
  shadow.append(modal);
  return { doc, shadow };
}
