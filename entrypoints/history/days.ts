import { endOfDay, format, parseISO, startOfDay, subDays } from 'date-fns';

/** `yyyy-mm-dd` (a date input's value) of a time, in the browser's time zone. */
export function dayOf(ms: number): string {
  return format(ms, 'yyyy-MM-dd');
}

export function dayStart(day: string | undefined): number | undefined {
  return day ? startOfDay(parseISO(day)).getTime() : undefined;
}

export function dayEnd(day: string | undefined): number | undefined {
  return day ? endOfDay(parseISO(day)).getTime() : undefined;
}

export function monthAgo(now: number): string {
  return dayOf(subDays(now, 30).getTime());
}
