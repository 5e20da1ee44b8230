import type { ShareStatus } from '@/shared/share/types';

export const STATUS_LABELS: Record<ShareStatus, string> = {
  opened: 'Opened',
  copied: 'Copied',
  posted: 'Posted',
  abandoned: 'Abandoned',
};

const weekFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const timeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Week of 3 November 2025", in the browser's locale. */
export function weekLabel(start: number): string {
  return `Week of ${weekFormat.format(start)}`;
}

/** "Mon 14:05". */
export function shareTime(ms: number): string {
  return timeFormat.format(ms);
}

export function shortDate(ms: number): string {
  return dayFormat.format(ms);
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
