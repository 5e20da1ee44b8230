import { setBody } from './dom';
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
});
