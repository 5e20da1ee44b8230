import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler, feedUrlFromAlarm } from '@/shared/platform/alarms';

describe('refresh alarms', () => {
  it('keeps one alarm per feed at its period, and clears it', async () => {
    const scheduler = createAlarmScheduler(fakeBrowser.alarms);
    await scheduler.schedule('https://acme.example/feed.json', 30);
    await scheduler.schedule('https://b.example/feed.json', 60);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [feedUrlFromAlarm(a.name), a.periodInMinutes]).sort()).toEqual([
      ['https://acme.example/feed.json', 30],
      ['https://b.example/feed.json', 60],
    ]);
    await scheduler.cancel('https://acme.example/feed.json');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([
      'refresh:https://b.example/feed.json',
    ]);
  });

  it('does not restart the countdown when the period is unchanged', async () => {
    const scheduler = createAlarmScheduler(fakeBrowser.alarms);
    await scheduler.schedule('https://acme.example/feed.json', 30);
    const first = await fakeBrowser.alarms.get('refresh:https://acme.example/feed.json');
    await new Promise((r) => setTimeout(r, 5));
    await scheduler.schedule('https://acme.example/feed.json', 30);
    const second = await fakeBrowser.alarms.get('refresh:https://acme.example/feed.json');
    expect(second?.scheduledTime).toBe(first?.scheduledTime);
    await scheduler.schedule('https://acme.example/feed.json', 120);
    expect((await fakeBrowser.alarms.get('refresh:https://acme.example/feed.json'))?.periodInMinutes).toBe(
      120,
    );
  });

  it('tells feed alarms from others', () => {
    expect(feedUrlFromAlarm('refresh:https://acme.example/f.json')).toBe('https://acme.example/f.json');
    expect(feedUrlFromAlarm('reminder:123')).toBeUndefined();
  });
});
