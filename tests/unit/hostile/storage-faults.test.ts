/**
 * Storage under stress: a quota error inside the real Dexie transaction leaves the previous cache
 * whole and says so; settings of the wrong shape read as their defaults and touch nothing else.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFeedSync } from '@/shared/feed/sync';
import { applyPolicySettings, NO_POLICY } from '@/shared/platform/managed';
import { loadOverlayData } from '@/storage/overlay-data';
import { readSetting, safePolicyTargets, validSetting } from '@/storage/safe-settings';
import { languagesItem, policyItem, rolesItem, voiceItem } from '@/storage/settings';
import { createShareRepository } from '@/storage/share-repository';
import { useStorageItem } from '@/storage/use-storage-item';
import { feedDocument, freshRepo, item, scriptedServer } from '../sync/helpers';
import { readAllItems } from '@/storage/feed-repository';
import { said } from '../../support/in-english';

const URL_A = 'https://acme.example/feed.json';
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function cachedFeed() {
  const { db, repo } = freshRepo();
  const server = scriptedServer();
  const sync = createFeedSync({ fetchDocument: server.fetchDocument, repo, now: () => 5_000 });
  await repo.add(URL_A, 'user', 0);
  server.ok(feedDocument([item('a'), item('b')]));
  await sync.refresh(URL_A);
  return { db, repo, server, sync };
}

describe('a quota error while storing a refresh', () => {
  it('aborts the real transaction when adding the items fails: old items and status stay', async () => {
    const { db, server, sync } = await cachedFeed();
    // The failure comes from inside Dexie's own write, after the old items were deleted in the
    // same transaction: only a real abort brings them back.
    db.feedItems.hook('updating', () => {
      throw quotaError();
    });
    server.ok(feedDocument([item('c'), item('d'), item('e')], { title: 'Newer' }));
    const status = await sync.refresh(URL_A);
    expect(said(status?.error)).toMatch(/Not enough storage space.*showing the previous one/);
    expect(status).toMatchObject({ title: 'Acme news', itemCount: 2, lastSuccessAt: 5_000 });
    expect((await readAllItems(db)).map((i) => i.id).sort()).toEqual(['a', 'b']);
    db.close();
  });

  it('aborts when the quota runs out on the feed record, after the items were written', async () => {
    const { db, server, sync } = await cachedFeed();
    const put = db.feeds.put.bind(db.feeds);
    let calls = 0;
    vi.spyOn(db.feeds, 'put').mockImplementation((...args) =>
      ++calls === 1 ? (Promise.reject(quotaError()) as never) : put(...args),
    );
    server.ok(feedDocument([item('c')]));
    const status = await sync.refresh(URL_A);
    expect(said(status?.error)).toMatch(/Not enough storage space/);
    expect((await readAllItems(db)).map((i) => i.id).sort()).toEqual(['a', 'b']);
    db.close();
  });
});

describe('settings of the wrong shape', () => {
  const corrupt = () =>
    fakeBrowser.storage.local.set({
      roles: 'expert',
      languages: { 0: 'en' },
      voice: 42,
      policy: 'yes',
      weeklyGoal: '3',
      badgeEnabled: 'no',
    });

  it.each([
    ['roles', rolesItem, 'expert', []],
    ['roles with an unknown role', rolesItem, ['expert', 'admin'], []],
    ['languages', languagesItem, { 0: 'en' }, []],
    ['voice', voiceItem, 42, voiceItem.fallback],
    ['voice missing a field', voiceItem, { signOff: 'Jo' }, voiceItem.fallback],
    ['policy', policyItem, 'yes', policyItem.fallback],
  ] as const)('%s falls back to the default', async (_name, settingItem, stored, expected) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [settingItem.key.replace('local:', '')]: stored });
    expect(await readSetting(settingItem as typeof rolesItem)).toEqual(expected);
  });

  it('keeps a value of the right shape as it is', async () => {
    await rolesItem.setValue(['expert']);
    expect(await readSetting(rolesItem)).toEqual(['expert']);
    expect(
      validSetting(voiceItem, { signOff: '— Jo', favoriteHashtags: ['#a'], mastodonInstance: 'x.social' }),
    ).toEqual({
      signOff: '— Jo',
      favoriteHashtags: ['#a'],
      mastodonInstance: 'x.social',
    });
  });

  it('gives the overlay defaults and leaves feeds and history alone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { db } = await cachedFeed();
    const shares = createShareRepository(db, () => 'share-1');
    await shares.record(
      {
        feedUrl: URL_A,
        itemId: 'a',
        tags: [],
        channel: 'linkedin',
        text: 'Mine',
        ownWords: 1,
        status: 'opened',
      },
      1,
    );
    await corrupt();
    const data = await loadOverlayData(db);
    expect(data).toMatchObject({
      roles: [],
      languages: [],
      voice: voiceItem.fallback,
      shareCounts: { [`${URL_A}\na`]: 1 },
    });
    expect(await db.shares.count()).toBe(1);
    expect((await readAllItems(db)).length).toBe(2);
    db.close();
  });

  it('lets IT policy be applied over a corrupted policy record (it threw before)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await corrupt();
    const policy = { ...NO_POLICY, defaultRoles: ['expert' as const], allowUserFeeds: false };
    await expect(
      applyPolicySettings(policy, { roles: rolesItem, languages: languagesItem, policy: policyItem }),
    ).rejects.toThrow();
    await applyPolicySettings(policy, safePolicyTargets);
    expect(await policyItem.getValue()).toEqual({
      allowUserFeeds: false,
      appliedDefaultRoles: ['expert'],
      appliedDefaultLanguages: [],
      malformed: [],
    });
    expect(await rolesItem.getValue()).toEqual(['expert']);
  });

  it('shows pages the default, also when a corrupted value arrives later', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ roles: 'expert' });
    const { result } = renderHook(() => useStorageItem(rolesItem));
    await waitFor(() => expect(result.current).toEqual([]));
    await rolesItem.setValue(['promoter']);
    await waitFor(() => expect(result.current).toEqual(['promoter']));
    await fakeBrowser.storage.local.set({ roles: { evil: true } });
    await waitFor(() => expect(result.current).toEqual([]));
  });
});
