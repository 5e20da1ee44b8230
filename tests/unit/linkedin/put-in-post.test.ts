import { setBody } from './dom';
import { shadowComposer } from './layouts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyInstead } from '@/shared/linkedin/copy-instead';
import { putInLinkedInPost, type PutDeps } from '@/shared/linkedin/put-in-post';
import type { ShareOutcome, ShareRequest } from '@/shared/share/types';

const ABOUT = { feedUrl: 'https://acme.example/feed.json', itemId: 'a', itemTitle: 'We shipped', tags: [] };
const REQUEST: ShareRequest = {
  channel: 'linkedin',
  text: 'My own words #AcmeEmployee',
  ownWords: 0.9,
  intent: { url: 'https://www.linkedin.com/feed/?shareActive=true&text=My%20own%20words', copyFirst: false },
};

interface Sent {
  type: string;
  status?: string;
  layout?: string;
}

function deps(path = '/feed/') {
  // happy-dom runs on its own origin; only the path and query matter here.
  window.history.replaceState({}, '', path);
  const sent: Sent[] = [];
  const d: TestDeps = {
    doc: document,
    copy: vi.fn(async () => undefined),
    navigate: vi.fn(),
    insert: { takeMs: 200, postMs: 200 },
    send: vi.fn(async (request) => {
      sent.push({
        type: request.type,
        ...('share' in request ? { status: request.share.status } : {}),
        ...('layout' in request ? { layout: request.layout } : {}),
      });
      return { ok: true, data: { id: 'share-1' } };
    }) as unknown as PutDeps['send'],
  };
  return { d, sent };
}

/** The page script's deps, plus the clipboard the panel frame copies with. */
type TestDeps = PutDeps & { copy: (text: string) => Promise<void> };

/**
 * "Put in LinkedIn post" as the panel carries it out: the page script places the text, or answers
 * `copy` having recorded nothing, and then the panel copies and records.
 */
async function putAsPanel(d: TestDeps): Promise<ShareOutcome> {
  const placed = await putInLinkedInPost(REQUEST, ABOUT, d);
  return placed.kind === 'copy'
    ? copyInstead(REQUEST, ABOUT, { send: d.send, copy: d.copy, platform: 'Linux x86_64' })
    : placed.outcome;
}

/**
 * happy-dom has no editing commands. This stands in for the browser's: text goes into the editor's
 * last paragraph, a paragraph break adds one; `commit` plays the editor's own model, which
 * (like Quill) clears `ql-blank` and enables Post a tick later, or never when it rejects the text.
 */
function fakeEditing(shadow: ShadowRoot, commit: 'takes' | 'ignores' | 'keeps-post-disabled') {
  const editor = shadow.querySelector<HTMLElement>('.ql-editor')!;
  const post = shadow.querySelector<HTMLButtonElement>('button.share-actions__primary-action')!;
  const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
    if (commit === 'ignores') return true;
    if (command === 'insertParagraph') editor.append(document.createElement('p'));
    if (command === 'insertText') {
      const paragraph = editor.querySelector('p:last-of-type')!;
      paragraph.querySelector('br')?.remove();
      paragraph.append(value ?? '');
    }
    setTimeout(() => {
      editor.classList.remove('ql-blank');
      if (commit === 'takes') post.disabled = false;
    }, 20);
    return true;
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
  return { editor, exec };
}

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('putting the post into LinkedIn', () => {
  it('types into the 2026 composer in its shadow root, line by line, and never navigates', async () => {
    const { shadow } = shadowComposer();
    const { editor, exec } = fakeEditing(shadow, 'takes');
    const { d, sent } = deps();
    const placed = await putInLinkedInPost({ ...REQUEST, text: 'First line\n\n- a list item' }, ABOUT, d);
    const outcome = placed.kind === 'done' ? placed.outcome : placed;
    expect(exec.mock.calls.map(([command, , value]) => (value ? `${command}:${value}` : command))).toEqual([
      'insertText:First line',
      'insertParagraph',
      'insertParagraph',
      'insertText:- a list item',
    ]);
    expect([...editor.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'First line',
      '',
      '- a list item',
    ]);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(d.copy).not.toHaveBeenCalled();
    expect(sent).toEqual([
      { type: 'linkedin/layout', layout: 'shadow-quill' },
      { type: 'shares/record', status: 'opened' },
    ]);
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringContaining("Your text is in LinkedIn's post box"),
    });
  });

  it('copies, and never navigates, when the open composer does not take the text', async () => {
    const { shadow } = shadowComposer();
    fakeEditing(shadow, 'ignores');
    const { d, sent } = deps();
    const outcome = await putAsPanel(d);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(d.copy).toHaveBeenCalledWith(REQUEST.text);
    expect(sent).toEqual([
      { type: 'linkedin/layout', layout: 'unknown' },
      { type: 'shares/record', status: 'copied' },
    ]);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/paste with (Ctrl|⌘)\+?V/i) });
  });

  it('says what to do when the text is in but Post stays disabled', async () => {
    const { shadow } = shadowComposer();
    fakeEditing(shadow, 'keeps-post-disabled');
    const { d } = deps();
    const outcome = await putAsPanel(d);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('If Post stays grey') });
  });

  it("opens LinkedIn's own composer URL with the text when no composer is open", async () => {
    setBody('<main><h1>Feed</h1></main>');
    const { d, sent } = deps();
    const outcome = await putAsPanel(d);
    expect(d.navigate).toHaveBeenCalledWith(REQUEST.intent!.url);
    expect(sent).toEqual([
      { type: 'linkedin/layout', layout: 'share-url' },
      { type: 'shares/record', status: 'opened' },
    ]);
    expect(outcome.ok).toBe(true);
  });

  it.each([
    [
      'a post dialog of an unknown layout',
      '<div role="dialog" aria-label="Create a post"><textarea></textarea></div>',
    ],
    [
      'LinkedIn’s sharebox with an editor it does not know',
      '<div data-test-modal-id="sharebox"><canvas></canvas></div>',
    ],
  ])('copies instead when %s is open', async (_, html) => {
    setBody(html);
    const { d, sent } = deps();
    const outcome = await putAsPanel(d);
    expect(d.copy).toHaveBeenCalledWith(REQUEST.text);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(sent).toEqual([
      { type: 'linkedin/layout', layout: 'unknown' },
      { type: 'shares/record', status: 'copied' },
    ]);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/paste with (Ctrl|⌘)\+?V/i) });
  });

  it('copies instead of navigating again when the share URL did not open a composer', async () => {
    setBody('<main></main>');
    const { d } = deps('/feed/?shareActive=true&text=x');
    await putAsPanel(d);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(d.copy).toHaveBeenCalled();
  });

  it('leaves the copying to the panel: the page script copies nothing and records nothing', async () => {
    setBody('<div role="dialog" aria-label="Start a post"></div>');
    const { d, sent } = deps();
    expect(await putInLinkedInPost(REQUEST, ABOUT, d)).toEqual({ kind: 'copy' });
    expect(d.copy).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'linkedin/layout', layout: 'unknown' }]);
  });

  it('says so when even the clipboard refuses', async () => {
    setBody('<div role="dialog" aria-label="Start a post"></div>');
    const { d } = deps();
    d.copy = async () => Promise.reject(new Error('denied'));
    const outcome = await putAsPanel(d);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining("Couldn't copy") });
  });
});
