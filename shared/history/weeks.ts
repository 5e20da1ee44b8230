import { tz } from '@date-fns/tz';
import { addWeeks, startOfWeek } from 'date-fns';

/**
 * How weeks are counted. Weeks start on the first day of the employee's locale (Monday in most
 * of Europe, Sunday in the US), read from `Intl.Locale#getWeekInfo`; Monday (ISO 8601) when the
 * browser does not say. Week boundaries are local midnights in `timeZone` (the browser's own when
 * absent), so a week is 167 or 169 hours long across a DST change.
 */
export interface WeekOptions {
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** IANA name, e.g. `Europe/Berlin`; absent: the browser's time zone. */
  timeZone?: string;
}

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week in `locale` (default: the browser's); Monday if unknown. */
export function localeWeekStart(locale?: string): WeekOptions['weekStartsOn'] {
  try {
    const loc = new Intl.Locale(
      locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language),
    ) as WeekInfoLocale;
    const firstDay = (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay;
    // Intl counts 1 = Monday … 7 = Sunday.
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7)
      return (firstDay % 7) as WeekOptions['weekStartsOn'];
  } catch {
    // An unknown locale tag: fall through to ISO weeks.
  }
  return 1;
}

function context(opts: WeekOptions) {
  return { weekStartsOn: opts.weekStartsOn, ...(opts.timeZone ? { in: tz(opts.timeZone) } : {}) };
}

/** Epoch ms of the start of the week that contains `ms`. */
export function weekStart(ms: number, opts: WeekOptions): number {
  return startOfWeek(ms, context(opts)).getTime();
}

/** Epoch ms of the week `n` weeks after the week starting at `start` (n may be negative). */
export function addWeeksTo(start: number, n: number, opts: WeekOptions): number {
  return startOfWeek(addWeeks(start, n, context(opts)), context(opts)).getTime();
}

/** The starts of the last `count` weeks, oldest first; the last one is the week of `now`. */
export function lastWeekStarts(now: number, count: number, opts: WeekOptions): number[] {
  const current = weekStart(now, opts);
  return Array.from({ length: count }, (_, i) => addWeeksTo(current, i - count + 1, opts));
}
