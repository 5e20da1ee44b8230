import { formatDistanceStrict } from 'date-fns';

const MINUTE = 60_000;

/** "3 hours ago", "in 2 days"; "just now" within a minute either way. */
export function relativeTime(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return 'just now';
  return formatDistanceStrict(ms, now, { addSuffix: true, roundingMethod: 'floor' });
}

/** How old something is, for "showing the copy from 2 days ago": "2 days", "5 minutes". */
export function ageOf(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return 'less than a minute';
  return formatDistanceStrict(ms, now, { roundingMethod: 'floor' });
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An absolute date in the employee's locale, for tooltips and the item detail. */
export function formatDateTime(ms: number): string {
  return dateFormat.format(ms);
}
