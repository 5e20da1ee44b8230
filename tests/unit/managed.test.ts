import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readManagedFeeds } from '@/shared/platform/managed';

describe('managed feeds (IT policy)', () => {
  it('reads the feeds list set by policy', async () => {
    await fakeBrowser.storage.managed.set({
      feeds: ['https://it.example/feed.json', 'https://hr.example/feed.json'],
    });
    expect(await readManagedFeeds()).toEqual([
      'https://it.example/feed.json',
      'https://hr.example/feed.json',
    ]);
  });

  it('means no feeds when there is no policy', async () => {
    expect(await readManagedFeeds()).toEqual([]);
  });

  it('skips entries of the wrong type instead of failing the whole policy', async () => {
    await fakeBrowser.storage.managed.set({ feeds: ['https://it.example/feed.json', 42, null] });
    expect(await readManagedFeeds()).toEqual(['https://it.example/feed.json']);
  });

  it('ignores a policy whose feeds is not a list', async () => {
    await fakeBrowser.storage.managed.set({ feeds: 'https://it.example/feed.json' });
    expect(await readManagedFeeds()).toEqual([]);
  });
});
