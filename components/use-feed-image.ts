import { useEffect, useState } from 'react';
import { isFeedImageUrl, type ImageLoader } from '@/shared/feed/feed-image';

export type FeedImageState =
  { kind: 'none' } | { kind: 'loading' } | { kind: 'shown'; src: string } | { kind: 'unavailable' };

interface Answer {
  url: string;
  load: ImageLoader;
  state: FeedImageState;
}

/**
 * The `blob:` URL of an item's image while the view is mounted. The loader (shared/feed/feed-image)
 * is passed in by the page, so this view never fetches itself. Each mount makes its own object URL
 * and revokes it when it unmounts or the image changes, so no blob outlives the view showing it.
 */
export function useFeedImage(url: string | undefined, load: ImageLoader | null): FeedImageState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const wanted = url !== undefined && load !== null && isFeedImageUrl(url) ? url : undefined;
  useEffect(() => {
    if (wanted === undefined || !load) return;
    let current = true;
    let objectUrl: string | undefined;
    void load(wanted).then((image) => {
      if (!current) return;
      if (image.kind === 'ok') objectUrl = URL.createObjectURL(image.blob);
      setAnswer({
        url: wanted,
        load,
        state: objectUrl ? { kind: 'shown', src: objectUrl } : { kind: 'unavailable' },
      });
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [wanted, load]);
  if (wanted === undefined) return { kind: 'none' };
  // An answer for another image (or loader) is stale: its blob: URL is already revoked.
  if (answer?.url !== wanted || answer.load !== load) return { kind: 'loading' };
  return answer.state;
}
