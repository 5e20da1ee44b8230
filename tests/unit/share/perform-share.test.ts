import { describe, expect, it, vi } from 'vitest';
import { performShare, type ShareEffects } from '@/shared/platform/share';

const ABOUT = {
  feedUrl: 'https://acme.example/feed.json',
  itemId: 'a',
  itemTitle: 'We shipped',
  tags: ['product'],
};

function effects(overrides: Partial<ShareEffects> = {}) {
  const calls: string[] = [];
  const fx: ShareEffects = {
    copy: vi.fn(async (text: string) => void calls.push(`copy:${text}`)),
    openTab: vi.fn(async (url: string) => void calls.push(`open:${url}`)),
    record: vi.fn(async (share) => {
      calls.push(`record:${share.channel}:${share.status}`);
      return { ok: true };
    }),
    ...overrides,
  };
  return { fx, calls };
}

describe('performShare', () => {
  it('records an intent share before opening the tab, which closes the popup', async () => {
    const { fx, calls } = effects();
    const outcome = await performShare(
      {
        channel: 'linkedin',
        text: 'Hi',
        ownWords: 0.9,
        intent: { url: 'https://www.linkedin.com/feed/?shareActive=true&text=Hi', copyFirst: false },
      },
      ABOUT,
      fx,
    );
    expect(calls).toEqual([
      'record:linkedin:opened',
      'open:https://www.linkedin.com/feed/?shareActive=true&text=Hi',
    ]);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('press Post yourself') });
  });

  it('copies first for Facebook and tells the employee to paste', async () => {
    const { fx, calls } = effects();
    const outcome = await performShare(
      {
        channel: 'facebook',
        text: 'Hi there',
        ownWords: 0.9,
        intent: { url: 'https://www.facebook.com/sharer/sharer.php?u=x', copyFirst: true },
      },
      ABOUT,
      fx,
    );
    expect(calls[0]).toBe('copy:Hi there');
    expect(calls[1]).toBe('record:facebook:opened');
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('paste') });
  });

  it('"Copy text" records a copied share and opens nothing', async () => {
    const { fx, calls } = effects();
    await performShare({ channel: 'clipboard', text: 'Hi', ownWords: 0.5 }, ABOUT, fx);
    expect(calls).toEqual(['copy:Hi', 'record:clipboard:copied']);
    expect(fx.record).toHaveBeenCalledWith(expect.objectContaining({ ...ABOUT, text: 'Hi', ownWords: 0.5 }));
  });

  it('opens nothing when the history could not be written, and says so', async () => {
    const { fx } = effects({ record: async () => ({ ok: false, reason: 'database closed' }) });
    const outcome = await performShare(
      {
        channel: 'x',
        text: 'Hi',
        ownWords: 1,
        intent: { url: 'https://x.com/intent/post?text=Hi', copyFirst: false },
      },
      ABOUT,
      fx,
    );
    expect(outcome).toEqual({ ok: false, reason: 'database closed' });
    expect(fx.openTab).not.toHaveBeenCalled();
  });

  it('reports a clipboard refusal instead of pretending', async () => {
    const { fx } = effects({ copy: async () => Promise.reject(new Error('denied')) });
    const outcome = await performShare({ channel: 'clipboard', text: 'Hi', ownWords: 1 }, ABOUT, fx);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining("Couldn't copy") });
    expect(fx.record).not.toHaveBeenCalled();
  });
});
