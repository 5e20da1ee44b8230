import type { OverlayData } from '@/shared/messaging';
import type { OwnvoiceDB } from './db';
import { readAllItems } from './feed-repository';
import { findShareToConfirm } from './post-check';
import { readSetting } from './safe-settings';
import { languagesItem, rolesItem, voiceItem } from './settings';

/** Everything the LinkedIn overlay shows, read here because it may not open IndexedDB itself. */
export async function loadOverlayData(db: OwnvoiceDB, now = Date.now()): Promise<OverlayData> {
  const [feeds, items, roles, languages, voice, sharedKeys, toConfirm] = await Promise.all([
    db.feeds.toArray(),
    readAllItems(db),
    readSetting(rolesItem),
    readSetting(languagesItem),
    readSetting(voiceItem),
    db.shares.orderBy('[feedUrl+itemId]').keys(),
    findShareToConfirm(db, now),
  ]);
  return {
    feeds,
    items,
    roles,
    languages,
    voice,
    shareCounts: countBy(sharedKeys.map((key) => (key as unknown as [string, string]).join('\n'))),
    toConfirm,
  };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
