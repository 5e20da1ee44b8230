import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { ItemDetail } from '@/components/item-detail';
import type { FeedImage, ImageLoader } from '@/shared/feed/feed-image';
import { itemRecord, NOW } from '../fixtures/records';

const IMAGE = 'https://images.acme.example/cover.png';
const OTHER = 'https://images.acme.example/other.png';

/** A loader whose answers the test releases, so "while loading" can be looked at. */
function heldLoader() {
  const pending = new Map<string, (image: FeedImage) => void>();
  const load = vi.fn<ImageLoader>((url) => new Promise<FeedImage>((resolve) => pending.set(url, resolve)));
  const answer = async (url: string, image: FeedImage) => {
    await act(async () => pending.get(url)?.(image));
  };
  return { load, answer };
}

const ok = (): FeedImage => ({ kind: 'ok', blob: new Blob(['png'], { type: 'image/png' }) });

function detail(image: string | undefined, loadImage: ImageLoader | null) {
  return (
    <ItemDetail
      item={itemRecord('1', { image })}
      sourceName="Acme"
      now={NOW}
      onBack={() => {}}
      loadImage={loadImage}
    />
  );
}

describe('FeedImage in ItemDetail', () => {
  let made: string[];
  let revoked: string[];

  beforeEach(() => {
    made = [];
    revoked = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      made.push(`blob:chrome-extension://ownvoice/${made.length + 1}`);
      return made.at(-1)!;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  });
  afterEach(() => vi.restoreAllMocks());

  // The remote address in the document at any moment would be a request with the employee's cookies.
  const noRemoteUrl = (container: HTMLElement) => expect(container.innerHTML).not.toContain('images.acme');

  it('shows the image from a blob: URL, never from the remote URL, and revokes it on unmount', async () => {
    const { load, answer } = heldLoader();
    const { container, unmount } = render(detail(IMAGE, load));
    expect(load).toHaveBeenCalledWith(IMAGE);
    // Loading: nothing is drawn in its place.
    expect(container.querySelector('img')).toBeNull();
    noRemoteUrl(container);
    await answer(IMAGE, ok());
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', made[0]);
    expect(img).toHaveAttribute('alt', '');
    noRemoteUrl(container);
    expect(revoked).toEqual([]);
    unmount();
    expect(revoked).toEqual([made[0]]);
  });

  it('revokes the old blob when the item changes to another image', async () => {
    const { load, answer } = heldLoader();
    const { container, rerender } = render(detail(IMAGE, load));
    await answer(IMAGE, ok());
    rerender(detail(OTHER, load));
    expect(revoked).toEqual([made[0]]);
    expect(container.querySelector('img')).toBeNull();
    await answer(OTHER, ok());
    expect(container.querySelector('img')).toHaveAttribute('src', made[1]);
  });

  it('makes no blob for an answer that arrives after the view closed', async () => {
    const { load, answer } = heldLoader();
    const { unmount } = render(detail(IMAGE, load));
    unmount();
    await answer(IMAGE, ok());
    expect(made).toEqual([]);
  });

  it('says quietly that an image was not shown when its host refuses an anonymous read', async () => {
    const { load, answer } = heldLoader();
    const { container } = render(detail(IMAGE, load));
    await answer(IMAGE, { kind: 'unavailable' });
    expect(
      screen.getByText('Image not shown: its server does not allow loading it without identifying you.'),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    noRemoteUrl(container);
  });

  it.each([
    ['no image', undefined, true],
    ['an http image', 'http://images.acme.example/a.png', true],
    ['a page that shows no images (null loader)', IMAGE, false],
  ])('draws nothing and asks nothing for %s', async (_label, image, withLoader) => {
    const load = vi.fn<ImageLoader>(() => Promise.resolve(ok()));
    const { container } = render(detail(image, withLoader ? load : null));
    await waitFor(() => expect(container.querySelector('.detail-title')).not.toBeNull());
    expect(load).not.toHaveBeenCalled();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.detail-image-missing')).toBeNull();
  });
});
