import { createImageLoader } from '@/shared/feed/feed-image';

/**
 * The one image loader of an extension page (popup, studio, the framed LinkedIn panel): shared
 * by every view of the page, so an image fetched once is not fetched again while the page lives.
 */
export const loadFeedImage = createImageLoader({ fetch: (input, init) => fetch(input, init) });
