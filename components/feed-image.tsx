import type { ImageLoader } from '@/shared/feed/feed-image';
import { t } from '@/shared/i18n';
import { useFeedImage } from './use-feed-image';

export interface FeedImageProps {
  /** The item's `image`; only `https` URLs are ever fetched. */
  url: string | undefined;
  /** Null where this page shows no feed images (see ItemDetailProps.loadImage). */
  load: ImageLoader | null;
}

/**
 * An item's image, only ever from a `blob:` URL of bytes fetched without cookies. The remote URL
 * is never an `<img src>`: while loading nothing is drawn, and an image its host does not let the
 * extension read anonymously becomes one quiet line instead, so the employee knows one was meant
 * to be there. Feeds give no alt text; the image is decoration beside the title and summary.
 */
export function FeedImage({ url, load }: FeedImageProps) {
  const image = useFeedImage(url, load);
  if (image.kind === 'shown') return <img className="detail-image" src={image.src} alt="" />;
  if (image.kind === 'unavailable')
    return <p className="detail-image-missing">{t('detail.imageNotShown')}</p>;
  return null;
}
