import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import managedSchema from '@/public/managed-schema.json';
import { ROLES } from '@/shared/feed/types';
import {
  applyPolicySettings,
  NO_POLICY,
  parseManagedPolicy,
  readManagedPolicy,
  type ManagedPolicy,
} from '@/shared/platform/managed';
import { languagesItem, policyItem, rolesItem } from '@/storage/settings';

const targets = { roles: rolesItem, languages: languagesItem, policy: policyItem };

async function applyFromManagedArea(): Promise<ManagedPolicy> {
  const policy = await readManagedPolicy();
  await applyPolicySettings(policy, targets);
  return policy;
}

describe('IT policy (managed storage)', () => {
  it('reads a full policy', async () => {
    await fakeBrowser.storage.managed.set({
      feeds: ['https://news.acme.example/ownvoice.json', 'https://hr.acme.example/feed.xml'],
      allowUserFeeds: false,
      defaultRoles: ['expert'],
      defaultLanguages: ['en', 'de-CH'],
    });
    expect(await readManagedPolicy()).toEqual({
      feeds: ['https://news.acme.example/ownvoice.json', 'https://hr.acme.example/feed.xml'],
      allowUserFeeds: false,
      defaultRoles: ['expert'],
      defaultLanguages: ['en', 'de-CH'],
    });
  });

  it('means no policy when the managed area is empty', async () => {
    expect(await readManagedPolicy()).toEqual(NO_POLICY);
    expect(NO_POLICY.allowUserFeeds).toBe(true);
  });

  it('means no policy when the browser has no managed storage', async () => {
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual(NO_POLICY);
    expect(spy).toHaveBeenCalled();
  });

  it.each([
    [
      'feeds of the wrong type',
      { feeds: ['https://a.example/f.json', 42, null, ' '] },
      { feeds: ['https://a.example/f.json'] },
    ],
    ['feeds that are not a list', { feeds: 'https://a.example/f.json' }, { feeds: [] }],
    ['allowUserFeeds that is not a boolean', { allowUserFeeds: 'false' }, { allowUserFeeds: true }],
    ['unknown roles', { defaultRoles: ['expert', 'ceo', 3] }, { defaultRoles: ['expert'] }],
    [
      'odd language codes',
      { defaultLanguages: ['pl', 'english please', '', 'pt-BR'] },
      { defaultLanguages: ['pl', 'pt-BR'] },
    ],
  ])('skips %s and keeps the rest of the policy', (_name, raw, expected) => {
    expect(parseManagedPolicy({ allowUserFeeds: true, ...raw })).toEqual({ ...NO_POLICY, ...expected });
  });

  it('gives employees who picked nothing the default roles and languages', async () => {
    await fakeBrowser.storage.managed.set({ defaultRoles: ['promoter'], defaultLanguages: ['fr'] });
    await applyFromManagedArea();
    expect(await rolesItem.getValue()).toEqual(['promoter']);
    expect(await languagesItem.getValue()).toEqual(['fr']);
    expect(await policyItem.getValue()).toMatchObject({ allowUserFeeds: true });
  });

  it("never overrides an employee's own choice", async () => {
    await rolesItem.setValue(['expert']);
    await languagesItem.setValue(['pl']);
    await fakeBrowser.storage.managed.set({ defaultRoles: ['promoter'], defaultLanguages: ['fr'] });
    await applyFromManagedArea();
    expect(await rolesItem.getValue()).toEqual(['expert']);
    expect(await languagesItem.getValue()).toEqual(['pl']);
  });

  it('does not bring a cleared default back at the next start, but offers a changed one', async () => {
    await fakeBrowser.storage.managed.set({ defaultRoles: ['promoter'] });
    await applyFromManagedArea();
    await rolesItem.setValue([]);
    await applyFromManagedArea();
    expect(await rolesItem.getValue()).toEqual([]);

    await fakeBrowser.storage.managed.set({ defaultRoles: ['organizer'] });
    await applyFromManagedArea();
    expect(await rolesItem.getValue()).toEqual(['organizer']);
  });

  it('stores allowUserFeeds for the pages, and lifts it when the policy does', async () => {
    await fakeBrowser.storage.managed.set({ allowUserFeeds: false });
    await applyFromManagedArea();
    expect((await policyItem.getValue()).allowUserFeeds).toBe(false);
    await fakeBrowser.storage.managed.clear();
    await applyFromManagedArea();
    expect((await policyItem.getValue()).allowUserFeeds).toBe(true);
  });

  it('declares every policy field in the Chromium schema', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual(Object.keys(NO_POLICY).sort());
    expect(managedSchema.properties.defaultRoles.items.enum).toEqual([...ROLES]);
  });
});
