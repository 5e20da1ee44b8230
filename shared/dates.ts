import { t, tn, uiLocale } from './i18n';

const MINUTE = 60_000;
const MINUTES_IN_DAY = 1_440;
const MINUTES_IN_MONTH = 43_200; // 30 days
const MINUTES_IN_YEAR = 525_600; // 365 days

type Unit = 'minutes' | 'hours' | 'days' | 'months' | 'years';

/**
 * The largest whole unit between two instants, rounded down, as date-fns' `formatDistanceStrict`
 * chose it before: its words now come from our own message tables (`time.ago`, `time.in`,
 * `time.duration`), which the browser keeps outside the scripts. The platform's
 * Intl.RelativeTimeFormat was measured instead and not kept: Chromium 156 writes "לפני שעה (1)"
 * in Hebrew and "for 2 døgn siden" in Bokmål.
 */
function distance(ms: number, now: number): { unit: Unit; count: number } {
  const [from, to] = ms < now ? [ms, now] : [now, ms];
  const minutes = (to - from) / MINUTE;
  // Days and longer are counted on the wall clock, so a daylight-saving change does not cost a day.
  const wallMinutes = minutes - (new Date(to).getTimezoneOffset() - new Date(from).getTimezoneOffset());
  if (minutes < 60) return { unit: 'minutes', count: Math.floor(minutes) };
  if (minutes < MINUTES_IN_DAY) return { unit: 'hours', count: Math.floor(minutes / 60) };
  if (wallMinutes < MINUTES_IN_MONTH)
    return { unit: 'days', count: Math.floor(wallMinutes / MINUTES_IN_DAY) };
  const months = Math.floor(wallMinutes / MINUTES_IN_MONTH);
  if (wallMinutes < MINUTES_IN_YEAR && months < 12) return { unit: 'months', count: months };
  return { unit: 'years', count: Math.max(1, Math.floor(wallMinutes / MINUTES_IN_YEAR)) };
}

/** "3 hours ago", "in 2 days"; "just now" within a minute either way. */
export function relativeTime(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.justNow');
  const { unit, count } = distance(ms, now);
  return ms > now ? tn(`time.in.${unit}`, count) : tn(`time.ago.${unit}`, count);
}

/** "2 days ago", "less than a minute ago": for "the copy from …". */
export function timeAgo(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.lessThanAMinuteAgo');
  return relativeTime(ms, now);
}

/** How old something is, for "showing the copy from 2 days ago": "2 days", "5 minutes". */
export function ageOf(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.lessThanAMinute');
  const { unit, count } = distance(ms, now);
  return tn(`time.duration.${unit}`, count);
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** An absolute date in the UI language, for tooltips and the item detail. */
export function formatDateTime(ms: number): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateFormat.format(ms);
}
