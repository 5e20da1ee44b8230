/**
 * The file an organizer publishes: pretty-printed, keys in the schema's order (so two exports of
 * the same feed are the same bytes and diff cleanly), refused while the extension would reject
 * the feed or skip a part of it.
 */
import { serializeFeed } from '../serialize-feed';
import type { FeedError } from '../types';
import { checkDoc } from './check';
import { toWire, type StudioDoc } from './document';

export type ExportResult = { ok: true; json: string } | { ok: false; errors: FeedError[] };

export function exportFeed(doc: StudioDoc): ExportResult {
  const { errors } = checkDoc(doc);
  if (errors.length > 0) return { ok: false, errors };
  // The same writer as `feed:build`: one feed gives the same bytes from the studio or a sheet.
  return { ok: true, json: serializeFeed(toWire(doc)) };
}
