import type { ShareAbout } from '../share/share-about';
import type { ShareOutcome, ShareRequest } from '../share/types';

/**
 * What the panel (an extension page in a frame) asks of the script on LinkedIn's page, over
 * `tabs.sendMessage` to that tab's top frame: never `window.postMessage`, which the page could
 * read and forge. Only the extension's own pages can send these.
 */
export type PanelMessage =
  { type: 'panel/put'; request: ShareRequest; about: ShareAbout } | { type: 'panel/close' };

/** "Put in LinkedIn post", as done on the page: finished there, or the panel copies the text. */
export type PutResult = { kind: 'done'; outcome: ShareOutcome } | { kind: 'copy' };

const MAX_TEXT = 70_000;

/** Where "Put in LinkedIn post" may send the tab: LinkedIn's own composer URL, nothing else. */
export const LINKEDIN_SHARE_PREFIX = 'https://www.linkedin.com/';

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * A small check rather than zod: the page script stays small (it loads into LinkedIn whole). The
 * background validates the share again, with its schema, before anything is recorded.
 */
export function parsePanelMessage(message: unknown): PanelMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'panel/close') return { type: 'panel/close' };
  if (m.type !== 'panel/put') return undefined;
  const request = m.request as Record<string, unknown> | null;
  const about = m.about as Record<string, unknown> | null;
  if (typeof request !== 'object' || request === null || typeof about !== 'object' || about === null)
    return undefined;
  if (!isString(request.text, MAX_TEXT) || typeof request.ownWords !== 'number') return undefined;
  const intent = request.intent as Record<string, unknown> | undefined;
  if (
    intent !== undefined &&
    (typeof intent !== 'object' ||
      intent === null ||
      !isString(intent.url, 4096) ||
      !intent.url.startsWith(LINKEDIN_SHARE_PREFIX))
  )
    return undefined;
  if (!isString(about.feedUrl, 2048) || !isString(about.itemId, 1000) || !Array.isArray(about.tags))
    return undefined;
  return message as PanelMessage;
}
