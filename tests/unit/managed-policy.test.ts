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
      malformed: [],
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
      {
        feeds: ['https://a.example/f.json'],
        malformed: [
          { setting: 'feeds[1]', value: '42' },
          { setting: 'feeds[2]', value: 'null' },
          { setting: 'feeds[3]', value: '" "' },
        ],
      },
    ],
    [
      'feeds that are not a list',
      { feeds: 'https://a.example/f.json' },
      { feeds: [], malformed: [{ setting: 'feeds', value: '"https://a.example/f.json"' }] },
    ],
    [
      'unknown roles',
      { defaultRoles: ['expert', 'ceo', 3] },
      {
        defaultRoles: ['expert'],
        malformed: [
          { setting: 'defaultRoles[1]', value: '"ceo"' },
          { setting: 'defaultRoles[2]', value: '3' },
        ],
      },
    ],
    [
      'odd language codes',
      { defaultLanguages: ['pl', 'english please', '', 'pt-BR'] },
      {
        defaultLanguages: ['pl', 'pt-BR'],
        malformed: [
          { setting: 'defaultLanguages[1]', value: '"english please"' },
          { setting: 'defaultLanguages[2]', value: '""' },
        ],
      },
    ],
  ])('skips %s, names it, and keeps the rest of the policy', (_name, raw, expected) => {
    expect(parseManagedPolicy({ allowUserFeeds: true, ...raw })).toEqual({ ...NO_POLICY, ...expected });
  });

  // A restriction IT meant to set but wrote wrongly fails closed, not open (issue 23).
  it.each<[string, unknown]>([
    ['the text "false"', 'false'],
    ['the text "true"', 'true'],
    ['0', 0],
    ['1', 1],
    ['null', null],
    ['a list', [false]],
    ['an object', {}],
  ])('reads allowUserFeeds given as %s as false, and names it', (_name, value) => {
    const policy = parseManagedPolicy({ allowUserFeeds: value, feeds: ['https://a.example/f.json'] });
    expect(policy).toMatchObject({ allowUserFeeds: false, feeds: ['https://a.example/f.json'] });
    expect(policy.malformed).toEqual([{ setting: 'allowUserFeeds', value: JSON.stringify(value) }]);
  });

  it('allows employee feeds when allowUserFeeds is left out, with nothing malformed', () => {
    expect(parseManagedPolicy({ feeds: [] })).toEqual(NO_POLICY);
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

  it('stores what was malformed for Settings, and forgets it once the policy is fixed', async () => {
    await fakeBrowser.storage.managed.set({ allowUserFeeds: 'false' });
    await applyFromManagedArea();
    expect(await policyItem.getValue()).toMatchObject({
      allowUserFeeds: false,
      malformed: [{ setting: 'allowUserFeeds', value: '"false"' }],
    });
    await fakeBrowser.storage.managed.set({ allowUserFeeds: false });
    await applyFromManagedArea();
    expect(await policyItem.getValue()).toMatchObject({ allowUserFeeds: false, malformed: [] });
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
    const settings = Object.keys(NO_POLICY).filter((key) => key !== 'malformed');
    expect(Object.keys(managedSchema.properties).sort()).toEqual(settings.sort());
    expect(managedSchema.properties.defaultRoles.items.enum).toEqual([...ROLES]);
  });
});
