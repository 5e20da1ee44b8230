import { browser } from 'wxt/browser';
import type { RefreshScheduler } from '../feed/subscriptions';

const PREFIX = 'refresh:';

/** The feed an alarm belongs to, or undefined for alarms that are not feed refreshes. */
export function feedUrlFromAlarm(name: string): string | undefined {
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined;
}

/** One repeating alarm per feed, at the feed's own `refresh_minutes`. */
export function createAlarmScheduler(alarms = browser.alarms): RefreshScheduler {
  return {
    async schedule(url, periodMinutes) {
      const name = PREFIX + url;
      const existing = await alarms.get(name);
      // Re-creating an alarm restarts its countdown: only do it when the period changed.
      if (existing?.periodInMinutes === periodMinutes) return;
      await alarms.create(name, { delayInMinutes: periodMinutes, periodInMinutes: periodMinutes });
    },
    async cancel(url) {
      await alarms.clear(PREFIX + url);
    },
  };
}
