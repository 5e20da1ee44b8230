import type { ComposerStrategy } from './find-composer';

/**
 * What "Put in LinkedIn post" met on the page: a known layout, one it did not know (the text was
 * copied), or no composer open (LinkedIn's share URL opened one). Kept locally for Settings only.
 */
export const LINKEDIN_LAYOUTS = [
  'shadow-quill',
  'light-quill',
  'prosemirror',
  'dialog-textbox',
  'share-box',
  'unknown',
  'share-url',
] as const satisfies readonly (ComposerStrategy | 'unknown' | 'share-url')[];

export type LinkedInLayout = (typeof LINKEDIN_LAYOUTS)[number];

export interface LayoutSeen {
  layout: LinkedInLayout;
  /** Epoch ms. */
  at: number;
}
