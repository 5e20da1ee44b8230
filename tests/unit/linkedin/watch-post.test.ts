import { setBody } from './dom';
import { shadowComposer } from './layouts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposer } from '@/shared/linkedin/find-composer';
import { watchComposer } from '@/shared/linkedin/watch-post';

afterEach(() => {
  document.body.replaceChildren();
});

const flush = () => new Promise((r) => setTimeout(r, 0));

function dialog() {
  setBody(
    `<div role="dialog" id="d"><div class="ql-editor" contenteditable="true">Hello #Acme</div><button id="post">Post</button><button id="close" aria-label="Dismiss">×</button></div><div id="elsewhere"><button>Post</button></div>`,
  );
  return findComposer(document)!;
}

describe('watching the composer after inserting', () => {
  it('says posted when Post is pressed and the dialog closes', async () => {
    const found = dialog();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    document.getElementById('post')!.click();
    document.getElementById('d')!.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('posted');
  });

  it('says abandoned when the dialog closes without Post', async () => {
    const found = dialog();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    document.getElementById('close')!.click();
    document.getElementById('d')!.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('abandoned');
  });

  it('ignores a Post button outside the composer it watches', async () => {
    const found = dialog();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    document.querySelector<HTMLButtonElement>('#elsewhere button')!.click();
    document.getElementById('d')!.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('abandoned');
  });

  it('says posted when an always-open box empties after Post', async () => {
    setBody(
      `<div class="share-box"><div contenteditable="true" id="e">Hello</div><button>Post</button></div>`,
    );
    const found = findComposer(document)!;
    const outcome = vi.fn();
    watchComposer(found, outcome);
    document.querySelector<HTMLButtonElement>('.share-box button')!.click();
    document.getElementById('e')!.textContent = '';
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('posted');
  });

  it('counts a Post click only within its window', async () => {
    let clock = 0;
    const found = dialog();
    const outcome = vi.fn();
    watchComposer(found, outcome, { now: () => clock, postWindowMs: 1000 });
    document.getElementById('post')!.click();
    clock = 5000;
    document.getElementById('d')!.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('abandoned');
  });

  it('stops when asked and reports nothing after', async () => {
    const found = dialog();
    const outcome = vi.fn();
    const stop = watchComposer(found, outcome);
    stop();
    document.getElementById('d')!.remove();
    await flush();
    expect(outcome).not.toHaveBeenCalled();
  });

  it('reports nothing when an editor is emptied without Post: the employee may be rewriting', async () => {
    setBody(
      `<div class="share-box"><div contenteditable="true" id="e">Hello</div><button>Post</button></div>`,
    );
    const found = findComposer(document)!;
    const outcome = vi.fn();
    const stop = watchComposer(found, outcome);
    document.getElementById('e')!.textContent = '';
    await flush();
    expect(outcome).not.toHaveBeenCalled();
    stop();
  });
});

describe('watching the 2026 composer inside its shadow root', () => {
  function opened() {
    const { doc, shadow } = shadowComposer('<p>Hello #Acme</p>', false);
    const found = findComposer(doc)!;
    const modal = shadow.querySelector('[data-test-modal-id="sharebox"]')!;
    const post = shadow.querySelector<HTMLButtonElement>('button.share-actions__primary-action')!;
    post.disabled = false;
    return { found, shadow, modal, post };
  }

  /** LinkedIn's prompt when a composer with text is dismissed: a dialog of its own, beside the modal. */
  function discardPrompt(shadow: ShadowRoot) {
    const prompt = document.createElement('div');
    prompt.setAttribute('role', 'alertdialog');
    const discard = Object.assign(document.createElement('button'), { textContent: 'Discard' });
    const save = Object.assign(document.createElement('button'), { textContent: 'Save as draft' });
    prompt.append(discard, save);
    shadow.append(prompt);
    return { prompt, discard, save };
  }

  it('observes the shadow root: Post pressed and the modal gone means posted', async () => {
    const { found, modal, post } = opened();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    post.click();
    modal.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('posted');
  });

  it('Dismiss, then Discard in LinkedIn’s prompt, means abandoned', async () => {
    const { found, shadow, modal } = opened();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    shadow.querySelector<HTMLButtonElement>('[aria-label="Dismiss"]')!.click();
    const { prompt, discard } = discardPrompt(shadow);
    discard.click();
    modal.remove();
    prompt.remove();
    await flush();
    expect(outcome).toHaveBeenCalledExactlyOnceWith('abandoned');
  });

  it('Save as draft ends the watch with no outcome: the entry stays opened, to be asked about', async () => {
    const { found, shadow, modal } = opened();
    const outcome = vi.fn();
    watchComposer(found, outcome);
    shadow.querySelector<HTMLButtonElement>('[aria-label="Dismiss"]')!.click();
    const { prompt, save } = discardPrompt(shadow);
    save.click();
    modal.remove();
    prompt.remove();
    await flush();
    expect(outcome).not.toHaveBeenCalled();
  });
});
