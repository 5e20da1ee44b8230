import { setBody } from './dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putInLinkedInPost, type PutDeps } from '@/entrypoints/linkedin.content/put-in-post';
import type { ShareRequest } from '@/shared/share/types';

const ABOUT = { feedUrl: 'https://acme.example/feed.json', itemId: 'a', itemTitle: 'We shipped', tags: [] };
const REQUEST: ShareRequest = {
  channel: 'linkedin',
  text: 'My own words #AcmeEmployee',
  ownWords: 0.9,
  intent: { url: 'https://www.linkedin.com/feed/?shareActive=true&text=My%20own%20words', copyFirst: false },
};

function deps(path = '/feed/') {
  // happy-dom runs on its own origin; only the path and query matter here.
  window.history.replaceState({}, '', path);
  const sent: { type: string; status?: string }[] = [];
  const d: PutDeps = {
    doc: document,
    copy: vi.fn(async () => undefined),
    navigate: vi.fn(),
    send: vi.fn(async (request) => {
      sent.push({ type: request.type, status: 'share' in request ? request.share.status : undefined });
      return { ok: true, data: { id: 'share-1' } };
    }) as unknown as PutDeps['send'],
  };
  return { d, sent };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('putting the post into LinkedIn', () => {
  it("opens LinkedIn's own composer URL with the text when no composer is open", async () => {
    setBody('<main><h1>Feed</h1></main>');
    const { d, sent } = deps();
    const outcome = await putInLinkedInPost(REQUEST, ABOUT, d);
    expect(d.navigate).toHaveBeenCalledWith(REQUEST.intent!.url);
    expect(sent).toEqual([{ type: 'shares/record', status: 'opened' }]);
    expect(outcome.ok).toBe(true);
  });

  it('copies instead when a post dialog of an unknown layout is open', async () => {
    setBody('<div role="dialog" aria-label="Create a post"><textarea></textarea></div>');
    const { d, sent } = deps();
    const outcome = await putInLinkedInPost(REQUEST, ABOUT, d);
    expect(d.copy).toHaveBeenCalledWith(REQUEST.text);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'shares/record', status: 'copied' }]);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/paste with (Ctrl|⌘)\+?V/i) });
  });

  it('copies instead of navigating again when the share URL did not open a composer', async () => {
    setBody('<main></main>');
    const { d } = deps('/feed/?shareActive=true&text=x');
    await putInLinkedInPost(REQUEST, ABOUT, d);
    expect(d.navigate).not.toHaveBeenCalled();
    expect(d.copy).toHaveBeenCalled();
  });

  it('says so when even the clipboard refuses', async () => {
    setBody('<div role="dialog" aria-label="Start a post"></div>');
    const { d } = deps();
    d.copy = async () => Promise.reject(new Error('denied'));
    const outcome = await putInLinkedInPost(REQUEST, ABOUT, d);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining("Couldn't copy") });
  });
});
